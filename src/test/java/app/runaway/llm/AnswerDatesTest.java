package app.runaway.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final AnswerDates dates = AnswerDates.of(List.of(Map.of("activities", List.of(
            Map.of("date", "2025-11-05", "name", "Morning Run")))),
            List.of("- [#12] Tue 11-24 Run \"Evening Run\" 8.00 km"), TODAY);

    @Test
    void a_date_of_the_data_passes_in_any_common_form() {
        assertThat(dates.unmatched("Your run on Wed, Nov 5, 2025 and on 5th of November, and 2025-11-05.")).isEmpty();
        assertThat(dates.unmatched("Yesterday, Tue Nov 24, and today, November 25.")).isEmpty();
    }

    @Test
    void a_day_the_data_does_not_hold_is_named() {
        assertThat(dates.unmatched("Your long run was on Nov 7, 2025.")).containsExactly("Nov 7, 2025");
        assertThat(dates.unmatched("On Nov 5, 2024 you ran.")).containsExactly("Nov 5, 2024");
        assertThat(dates.unmatched("It was 2025-11-06.")).containsExactly("2025-11-06");
    }

    @Test
    void a_month_and_year_alone_is_no_date() {
        assertThat(dates.unmatched("In March 2024 you ran a lot; you may 3 times a week.")).isEmpty();
    }
}
