package app.runaway.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuestionParserTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25); // a Wednesday

    @Test
    void periods_are_read_in_the_athletes_calendar_with_monday_weeks() {
        assertThat(PeriodWords.find("this week", TODAY)).containsExactly(
                new Period(LocalDate.of(2026, 11, 23), TODAY, "this week"));
        assertThat(PeriodWords.find("last week", TODAY).getFirst().from()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(PeriodWords.find("last month", TODAY).getFirst())
                .isEqualTo(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), "last month"));
        assertThat(PeriodWords.find("in March", TODAY).getFirst().from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(PeriodWords.find("in December", TODAY).getFirst().from()).as("the latest December that began")
                .isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(PeriodWords.find("since June", TODAY).getFirst())
                .isEqualTo(new Period(LocalDate.of(2026, 6, 1), TODAY, "since June 2026"));
        assertThat(PeriodWords.find("the last 30 days", TODAY).getFirst().from()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(PeriodWords.find("last year", TODAY).getFirst().to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(PeriodWords.find("in 2024 vs 2023", TODAY)).extracting(Period::label).containsExactly("2024", "2023");
    }

    @Test
    void distances_are_understood_in_any_unit() {
        var miles = (Question.LastOver) QuestionParser.parse("When did I last run over 10 miles?", TODAY);
        var km = (Question.LastOver) QuestionParser.parse("last run longer than 15 km", TODAY);
        var half = (Question.Fastest) QuestionParser.parse("my fastest half marathon", TODAY);

        assertThat(miles.metres()).isCloseTo(16_093.44, within(0.001));
        assertThat(km.metres()).isEqualTo(15_000);
        assertThat(half.distanceM()).isEqualTo(21_097.5);
    }

    @Test
    void questions_fall_into_their_families() {
        assertThat(QuestionParser.parse("How many km this month vs last?", TODAY)).isInstanceOf(Question.Compare.class);
        assertThat(QuestionParser.parse("How many runs this week?", TODAY)).isInstanceOf(Question.Count.class);
        assertThat(QuestionParser.parse("How far did I run in March?", TODAY)).isInstanceOf(Question.Total.class);
        assertThat(QuestionParser.parse("What was my longest ride?", TODAY))
                .isEqualTo(new Question.Longest("Ride", Period.allTime()));
        assertThat(QuestionParser.parse("How am I doing?", TODAY)).isInstanceOf(Question.HowAmIDoing.class);
        assertThat(QuestionParser.parse("Plan my week", TODAY)).isInstanceOf(Question.PlanMyWeek.class);
        assertThat(QuestionParser.parse("When was my first run?", TODAY)).isInstanceOf(Question.First.class);
        assertThat(QuestionParser.parse("Tell me a joke", TODAY)).isInstanceOf(Question.NotUnderstood.class);
    }

    @Test
    void this_month_compared_with_last_means_the_whole_previous_month() {
        var compare = (Question.Compare) QuestionParser.parse("How many km this month vs last?", TODAY);

        assertThat(compare.first()).isEqualTo(new Period(LocalDate.of(2026, 11, 1), TODAY, "this month"));
        assertThat(compare.second().from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(compare.second().to()).isEqualTo(LocalDate.of(2026, 10, 31));
    }
}
