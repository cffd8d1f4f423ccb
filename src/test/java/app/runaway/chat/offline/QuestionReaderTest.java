package app.runaway.chat.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.activity.ActivityFilter.Order;
import app.runaway.activity.StatsPeriod;
import app.runaway.chat.offline.Reading.Shape;
import app.runaway.chat.offline.Reading.Understood;
import app.runaway.query.CoachTopic;
import app.runaway.query.DayRange;
import app.runaway.query.Measure;
import app.runaway.query.Query;
import app.runaway.query.Selection;
import app.runaway.query.Sports;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the reader takes the phrasings runners use: the period with its year, the sport, the bounds, or a refusal. */
class QuestionReaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Understood understood(String question) {
        var reading = QuestionReader.read(question, TODAY);
        assertThat(reading).as(question).isInstanceOf(Understood.class);
        return (Understood) reading;
    }

    private static Selection selection(String question) {
        return switch (understood(question).query()) {
            case Query.SumActivities q -> q.selection();
            case Query.FindActivities q -> q.selection();
            case Query.RankPeriods q -> q.selection();
            case Query.ComparePeriods q -> q.selection();
            default -> throw new AssertionError(question + " selects no activities");
        };
    }

    private static DayRange days(String question) {
        return selection(question).days();
    }

    private static DayRange range(String from, String to) {
        return DayRange.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    /** Phrasings from the third held-out set that had been read as other questions (BENCHMARKS.md). */
    @Test
    void two_digit_years_years_before_units_and_words_that_name_no_sport_are_read_as_runners_meant_them() {
        // "in feb 22", "july of 24": the month of that year; "on June 24" stays a day
        assertThat(days("how many runs in feb 22")).isEqualTo(range("2022-02-01", "2022-02-28"));
        assertThat(days("how far did i ride in july of 24")).isEqualTo(range("2024-07-01", "2024-07-31"));
        assertThat(days("how far did i run on june 24")).isEqualTo(range("2026-06-24", "2026-06-24"));
        assertThat(days("how far did i run in june 24th 2025")).isEqualTo(range("2025-06-24", "2025-06-24"));
        assertThat(days("how far did i run in june 24th")).isEqualTo(range("2026-06-24", "2026-06-24"));
        var compared = (Query.ComparePeriods) understood("rode further in june 24 or july 24?").query();
        assertThat(compared.first()).isEqualTo(range("2024-06-01", "2024-06-30"));
        assertThat(compared.second()).isEqualTo(range("2024-07-01", "2024-07-31"));
        // a year before kilometres or hours is the year, not a bound of 2,024 of them
        assertThat(selection("total running time 2024, hrs and mins").days()).isEqualTo(range("2024-01-01",
                "2024-12-31"));
        assertThat(selection("total running time 2024, hrs and mins").minMovingTimeS()).isNull();
        assertThat(days("biggest wk on the bike in 2024 (km)")).isEqualTo(range("2024-01-01", "2024-12-31"));
        assertThat(days("average weekly distance on the bike over 2024")).isEqualTo(range("2024-01-01",
                "2024-12-31"));
        assertThat(days("how far did i xc ski on valentines day 2025")).isEqualTo(range("2025-02-14",
                "2025-02-14"));
        // "workouts" is every activity to some, Strava's Workout type to others; a trail to run on is a place, and
        // pool lengths are not a distance
        assertThat(QuestionReader.read("how many workouts did i log in aug 2020", TODAY))
                .isInstanceOf(Reading.Unanswerable.class);
        assertThat(selection("how many workouts of any sport in november 2025").sports()).isEqualTo(Sports.ALL);
        assertThat(QuestionReader.read("which trail do i run on most", TODAY)).isInstanceOf(Reading.Unanswerable.class);
        assertThat(QuestionReader.read("how many lengths did i swim on 5 dec 2020", TODAY))
                .isInstanceOf(Reading.Unanswerable.class);
        // the fourth set: a week written as its days, weekdays included; "how's" is "how is"
        assertThat(days("runs during the wk of mon 11 aug to sun 17 aug 2025?")).isEqualTo(range("2025-08-11",
                "2025-08-17"));
        assertThat(understood("how's my training going").query()).isEqualTo(new Query.AskCoach(CoachTopic.OVERVIEW));
        // the fifth set: a race distance restated with its bound takes the bound; a slash between words is nothing
        var fiveOrShorter = selection("in 2025 how many of my runs were 5k (5 km) or shorter");
        assertThat(fiveOrShorter.minDistanceM()).isNull();
        assertThat(fiveOrShorter.maxDistanceM()).isEqualTo(5_000.0);
        assertThat(selection("How many strength / weight training sessions did I do in 2025?").sports())
                .isEqualTo(Sports.byType("WeightTraining"));
        assertThat(days("what was my average weekly mileage over the whole of 2024")).isEqualTo(range("2024-01-01",
                "2024-12-31"));
        // the sixth set: a bound said twice is one; "marathon pb?" names its runs, as "fastest 5k" does
        assertThat(understood("how many 10 mile+ runs did I do in 2023 (10 miles or more)").subject())
                .isEqualTo("runs of at least 10 mi in 2023");
        assertThat(understood("marathon pb?").subject()).startsWith("runs of at least a marathon");
        // the year a question leaves out is marked, so that a history ending before it is asked which one
        assertThat(understood("how many runs did i do in the spring").periods().getFirst().yearImplied()).isTrue();
        assertThat(understood("how many runs did i do in spring 2025").periods().getFirst().yearImplied()).isFalse();
        assertThat(understood("how many runs in march").periods().getFirst().yearImplied()).isTrue();
        assertThat(understood("how many runs this month").periods().getFirst().yearImplied()).isFalse();
    }

    @Test
    void a_month_keeps_the_year_written_in_any_form() {
        var march2024 = range("2024-03-01", "2024-03-31");
        assertThat(days("How many runs did I do in March 2024?")).isEqualTo(march2024);
        assertThat(days("how far did i run in march of 2024")).isEqualTo(march2024);
        assertThat(days("runs in Mar '24")).isEqualTo(march2024);
        assertThat(days("How many runs in 2024-03?")).isEqualTo(march2024);
        assertThat(days("runs in 3/2024")).isEqualTo(march2024);
        assertThat(days("how many runs in Sept 2024")).isEqualTo(range("2024-09-01", "2024-09-30"));
        // without a year: the latest such month that has begun
        assertThat(days("how many runs in march")).isEqualTo(range("2026-03-01", "2026-03-31"));
        assertThat(days("how many runs in december")).isEqualTo(range("2026-12-01", "2026-12-31"));
    }

    @Test
    void ranges_relative_periods_and_named_days() {
        assertThat(days("How many runs between 1 May 2024 and 31 May 2024?")).isEqualTo(range("2024-05-01",
                "2024-05-31"));
        assertThat(days("km Jan-Mar 2024")).isEqualTo(range("2024-01-01", "2024-03-31"));
        assertThat(days("runs from May to July 2024")).isEqualTo(range("2024-05-01", "2024-07-31"));
        assertThat(days("how far since June 2024")).isEqualTo(range("2024-06-01", "2026-12-01"));
        assertThat(days("km in the past 3 months")).isEqualTo(range("2026-09-02", "2026-12-01"));
        assertThat(days("runs in the last 6 weeks")).isEqualTo(range("2026-10-21", "2026-12-01"));
        assertThat(days("how far did I run last week")).isEqualTo(range("2026-11-23", "2026-11-29"));
        assertThat(days("runs yesterday")).isEqualTo(DayRange.day(LocalDate.parse("2026-11-30")));
        assertThat(days("did I run on Nov 16 2024")).isEqualTo(DayRange.day(LocalDate.parse("2024-11-16")));
        assertThat(days("runs in the first half of 2025")).isEqualTo(range("2025-01-01", "2025-06-30"));
        assertThat(days("runs in summer 2024")).isEqualTo(range("2024-06-01", "2024-08-31"));
        assertThat(days("how many runs the week of oct 14 2019")).isEqualTo(range("2019-10-14", "2019-10-20"));
        assertThat(days("did i run on christmas day 2025")).isEqualTo(DayRange.day(LocalDate.parse("2025-12-25")));
    }

    @Test
    void a_year_written_after_the_second_month_belongs_to_the_first_too() {
        var compare = (Query.ComparePeriods) understood("did i run further in april or may 2025").query();
        assertThat(compare.first()).isEqualTo(range("2025-04-01", "2025-04-30"));
        assertThat(compare.second()).isEqualTo(range("2025-05-01", "2025-05-31"));
        var compared = (Query.ComparePeriods) understood("compare November 2025 to December 2025").query();
        assertThat(compared.first()).isEqualTo(range("2025-11-01", "2025-11-30"));
    }

    @Test
    void sports_by_their_everyday_names() {
        assertThat(selection("How many weight training sessions have I logged?").sports().types())
                .containsExactly("WeightTraining");
        assertThat(selection("how many lifting sessions").sports().types()).containsExactly("WeightTraining");
        assertThat(selection("total cycling km this year").sports().types()).contains("Ride", "VirtualRide");
        assertThat(selection("how many yoga sessions").sports().types()).containsExactly("Yoga");
        assertThat(selection("how many activities in 2024").sports().isAll()).isTrue();
        assertThat(selection("how many trail runs in 2024").sports().types()).containsExactly("TrailRun");
        assertThat(selection("How far did I run in 2024?").sports().types()).contains("Run", "TrailRun",
                "VirtualRun");
    }

    @Test
    void distances_in_any_unit_and_race_names_bound_the_selection() {
        assertThat(selection("How many runs over 20 km did I do in 2024?").minDistanceM()).isEqualTo(20_000.0);
        assertThat(selection("runs longer than 10 miles").minDistanceM()).isEqualTo(16_093.44);
        assertThat(selection("how many runs of 5 miles or more").minDistanceM()).isEqualTo(8_046.72);
        assertThat(selection("runs under 5 km").maxDistanceM()).isLessThan(5_000.0).isGreaterThan(4_999.99);
        assertThat(selection("When was my last half marathon?").minDistanceM()).isEqualTo(21_097.5 * 0.99);
        assertThat(selection("how many 20+ mile runs").minDistanceM()).isEqualTo(20 * 1609.344);
        var hr = selection("runs with an average heart rate over 160 bpm in 2024");
        assertThat(hr.minHeartrate()).isEqualTo(160.0);
        assertThat(selection("runs faster than 5:00 per km").maxPaceSPerKm()).isLessThan(300.0);
    }

    @Test
    void the_measure_and_the_statistic_asked_for() {
        assertThat(understood("What was my total elevation gain running in 2024?").measures())
                .containsExactly(Measure.ELEVATION_GAIN);
        assertThat(understood("average heart rate on runs in 2024").measures())
                .containsExactly(Measure.AVERAGE_HEARTRATE);
        assertThat(understood("how many days did I run in 2024").measures()).containsExactly(Measure.DAYS_ACTIVE);
        assertThat(understood("average km per week this year").shape()).isEqualTo(Shape.AVERAGE_PER_WEEK);
        assertThat(understood("what's my weekly mileage").shape()).isEqualTo(Shape.AVERAGE_PER_WEEK);
        assertThat(understood("How many runs did I do in March 2024?").measures()).containsExactly(Measure.COUNT);
        assertThat(understood("How far did I run in March 2024?").measures()).containsExactly(Measure.DISTANCE);
        assertThat(understood("km by month in 2024").shape()).isEqualTo(Shape.BREAKDOWN);
    }

    @Test
    void superlatives_rankings_and_first_or_last() {
        var longest = (Query.FindActivities) understood("my lognest run in 2024").query();
        assertThat(longest.order()).isEqualTo(Order.LONGEST);
        assertThat(longest.selection().days()).isEqualTo(range("2024-01-01", "2024-12-31"));
        var first = (Query.FindActivities) understood("What was my first run of 2024?").query();
        assertThat(first.order()).isEqualTo(Order.OLDEST);
        assertThat(first.selection().days()).isEqualTo(range("2024-01-01", "2024-12-31"));
        assertThat(((Query.FindActivities) understood("which run had the most climbing in 2025").query()).order())
                .isEqualTo(Order.MOST_CLIMB);
        var month = (Query.RankPeriods) understood("Which month in 2024 did I run the most?").query();
        assertThat(month.bucket()).isEqualTo(StatsPeriod.MONTH);
        assertThat(month.measure()).isEqualTo(Measure.DISTANCE);
        var week = (Query.RankPeriods) understood("most runs in a week").query();
        assertThat(week.bucket()).isEqualTo(StatsPeriod.WEEK);
        assertThat(week.measure()).isEqualTo(Measure.COUNT);
        assertThat(understood("What's my fastest 5k this year?").query()).isInstanceOf(Query.PersonalRecords.class);
    }

    @Test
    void the_coach_answers_coaching_questions() {
        assertThat(understood("what's my VDOT").query()).isEqualTo(new Query.AskCoach(CoachTopic.PREDICTIONS));
        assertThat(understood("my training paces").query()).isEqualTo(new Query.AskCoach(CoachTopic.PACES));
        assertThat(understood("am I ready for my half").query()).isEqualTo(new Query.AskCoach(CoachTopic.READINESS));
        assertThat(understood("what should I run tomorrow").query())
                .isEqualTo(new Query.AskCoach(CoachTopic.NEXT_SESSION));
        assertThat(understood("hows my training going").query()).isEqualTo(new Query.AskCoach(CoachTopic.OVERVIEW));
    }

    @Test
    void words_it_cannot_use_are_said_not_dropped() {
        assertThat(QuestionReader.read("how many runs in the rain in may 2024", TODAY))
                .isInstanceOfSatisfying(Reading.Unclear.class, unclear -> {
                    assertThat(unclear.unknown()).containsExactly("rain");
                    assertThat(unclear.understood()).contains("May 2024");
                });
        assertThat(QuestionReader.read("how many runs with Anna", TODAY)).isInstanceOf(Reading.Unclear.class);
        assertThat(QuestionReader.read("was it raining on 12 feb 2026", TODAY)).isInstanceOf(Reading.Unclear.class);
        assertThat(QuestionReader.read("how many morning runs in 2024", TODAY))
                .isInstanceOf(Reading.Unanswerable.class);
        assertThat(QuestionReader.read("did i run more than 100 km in 2024", TODAY))
                .isInstanceOf(Reading.Unanswerable.class);
        assertThat(QuestionReader.read("what about it", TODAY)).isInstanceOf(Reading.NotAQuestion.class);
    }

    @Test
    void a_total_against_a_mark() {
        var mark = understood("did I hit 1000 km this year");
        assertThat(mark.shape()).isEqualTo(Shape.THRESHOLD);
        assertThat(mark.raceMetres()).isEqualTo(1_000_000.0);
        assertThat(selection("did I hit 1000 km this year").minDistanceM()).isNull();
    }

    @Test
    void last_or_this_before_a_month_and_a_month_of_last_year() {
        // on Dec 1, 2026: "last December" is a year ago, "last March" this year's
        assertThat(days("how many runs did i get in last december")).isEqualTo(range("2025-12-01", "2025-12-31"));
        assertThat(days("how many kms did i run last march")).isEqualTo(range("2026-03-01", "2026-03-31"));
        assertThat(days("walks in november last year")).isEqualTo(range("2025-11-01", "2025-11-30"));
        assertThat(days("runs in march of this year")).isEqualTo(range("2026-03-01", "2026-03-31"));
        assertThat(understood("how many kms did i run last march").shape()).isEqualTo(Shape.TOTAL);
    }

    @Test
    void how_much_or_how_long_with_did_asks_for_a_total_not_yes_or_no() {
        // found using it: "how much did i swim in 2024" was answered "Yes: 52 swims in 2024 (68.00 km ...)"
        assertThat(understood("how much did i swim in 2024").shape()).isEqualTo(Shape.TOTAL);
        assertThat(understood("how long did i run in 2024").shape()).isEqualTo(Shape.TOTAL);
        assertThat(understood("did i swim in 2024").shape()).isEqualTo(Shape.YES_NO);
    }

    @Test
    void the_one_year_written_holds_for_months_and_halves_without_one() {
        assertThat(days("longest run of 2025 before august")).isEqualTo(range("2025-01-01", "2025-07-31"));
        assertThat(days("how many runs in the summer of 2024 (jun-aug)")).isEqualTo(range("2024-06-01",
                "2024-08-31"));
        assertThat(days("average pace in the summer of 2025, june through august")).isEqualTo(range("2025-06-01",
                "2025-08-31"));
        var halves = understood("was the first half or second half of 2024 bigger running-wise");
        assertThat(halves.query()).isInstanceOfSatisfying(Query.ComparePeriods.class, compare -> {
            assertThat(compare.first()).isEqualTo(range("2024-01-01", "2024-06-30"));
            assertThat(compare.second()).isEqualTo(range("2024-07-01", "2024-12-31"));
        });
        assertThat(days("how many k did i run in h2 2024")).isEqualTo(range("2024-07-01", "2024-12-31"));
        // "my first half marathon" is a race, not a period
        assertThat(understood("when was my first half marathon in 2024").periods()).hasSize(1);
    }

    @Test
    void days_of_a_month_named_days_and_the_whole_history() {
        assertThat(days("aug 18-31 2025 total miles?")).isEqualTo(range("2025-08-18", "2025-08-31"));
        assertThat(days("how many km did I run between christmas eve 2019 and new year's day 2020"))
                .isEqualTo(range("2019-12-24", "2020-01-01"));
        assertThat(days("average run distance over my whole history")).isEqualTo(DayRange.ALL_TIME);
        assertThat(selection("shortest run over a mile in 2025").minDistanceM()).isEqualTo(1609.344);
    }

    @Test
    void two_periods_are_compared_only_when_a_comparison_is_asked() {
        assertThat(QuestionReader.read("how long are my runs on average this past year (2025)", TODAY))
                .isInstanceOf(Reading.Unclear.class);
        assertThat(understood("runs in may 2024 vs june 2024").shape()).isEqualTo(Shape.COMPARE);
    }

    @Test
    void clarifications_that_change_nothing_are_not_filters() {
        // a sport excluded that is not selected anyway
        assertThat(selection("total distance walked in 2025 (walks only, not runs)").sports())
                .isEqualTo(Sports.byType("Walk"));
        assertThat(QuestionReader.read("how many runs not on trails", TODAY)).isInstanceOf(Reading.Unclear.class);
        // "long runs (10+ miles)": the bound says what long is; alone, "long" is not understood
        assertThat(selection("avg pace for long runs (10+ miles)").minDistanceM()).isEqualTo(16093.44);
        assertThat(QuestionReader.read("avg pace for long runs", TODAY)).isInstanceOf(Reading.Unclear.class);
        // a time named after a race is no distance filter
        assertThat(QuestionReader.read("how far did i run in august 2024 (ultra month!!)", TODAY))
                .isInstanceOf(Reading.Unclear.class);
        assertThat(selection("total activities logged in 2024, everything included").sports()).isEqualTo(Sports.ALL);
        assertThat(selection("how many days was i active in april 2025").sports()).isEqualTo(Sports.ALL);
    }

    @Test
    void workout_sessions_spin_and_the_rowing_machine() {
        assertThat(selection("how many workout sessions did i log march-may 2025").sports())
                .isEqualTo(Sports.byType("Workout"));
        assertThat(selection("how many workouts of any kind in 2025").sports()).isEqualTo(Sports.ALL);
        assertThat(selection("how many spin sessions did i do in jan '24").sports().types()).contains("Ride",
                "VirtualRide");
        assertThat(selection("how many sessions on the rowing machine in 2025").sports().types())
                .contains("Rowing");
    }

    @Test
    void a_target_time_for_a_race_is_a_coaching_question() {
        assertThat(understood("can i break 50 min for a 10k").query())
                .isEqualTo(new Query.AskCoach(CoachTopic.READINESS));
        assertThat(understood("realistically could i go sub 3:30 in a marathon").query())
                .isEqualTo(new Query.AskCoach(CoachTopic.READINESS));
        assertThat(understood("how should i structure my week for a 50k ultra").query())
                .isEqualTo(new Query.AskCoach(CoachTopic.PLAN));
    }

    @Test
    void emoji_held_keys_and_shorthand_do_not_stop_a_question() {
        assertThat(selection("how far did I cycle in 2025 🚴").sports().types()).contains("Ride");
        assertThat(days("how far did i runn in 2024")).isEqualTo(range("2024-01-01", "2024-12-31"));
        assertThat(understood("no. of swims in Q1 2025").measures()).containsExactly(Measure.COUNT);
        assertThat(understood("what was my hilliest run ⛰️").query()).isInstanceOf(Query.FindActivities.class);
    }

    @Test
    void more_ways_to_write_a_period() {
        assertThat(days("how many runs between 1st and 15th feb 2025")).isEqualTo(range("2025-02-01", "2025-02-15"));
        assertThat(days("how far did I run in the last quarter of 2024 (oct-dec)")).isEqualTo(range("2024-10-01",
                "2024-12-31"));
        assertThat(days("how many km did i run in the week of monday 20 jan 2025")).isEqualTo(range("2025-01-20",
                "2025-01-26"));
        assertThat(days("mileage for the week of oct 24 2022 (mon-sun)")).isEqualTo(range("2022-10-24",
                "2022-10-30"));
        assertThat(days("how many km between the start of march and the end of april 2025"))
                .isEqualTo(range("2025-03-01", "2025-04-30"));
        assertThat(days("total distance I ran in september and october 2022 combined"))
                .isEqualTo(range("2022-09-01", "2022-10-31"));
    }

    @Test
    void when_as_while_and_a_point_within_a_run() {
        assertThat(understood("whats my average HR when swimming, 2024").measures())
                .containsExactly(Measure.AVERAGE_HEARTRATE);
        assertThat(QuestionReader.read("what was my heart rate at km 30 of the marathon", TODAY))
                .isNotInstanceOf(Understood.class);
        assertThat(QuestionReader.read("how much time did i spend in heart rate zone 2 last month", TODAY))
                .isNotInstanceOf(Understood.class);
        // "remember" with a figure asked is no search for a run
        assertThat(QuestionReader.read("trying to remember the total distance I ran in may 2022", TODAY))
                .isInstanceOfSatisfying(Understood.class, u -> assertThat(u.shape()).isEqualTo(Shape.TOTAL));
    }

    @Test
    void a_10k_or_longer_allows_for_gps_like_a_10k() {
        assertThat(selection("how many 10k or longer runs did i do in 2021").minDistanceM()).isEqualTo(9900.0);
        assertThat(selection("how many runs of 10 km or more in 2021").minDistanceM()).isEqualTo(10000.0);
    }

    @Test
    void calories_every_sport_and_how_often_for_sports_without_distance() {
        assertThat(understood("how many calories did I burn running in 2024").measures())
                .containsExactly(Measure.CALORIES);
        assertThat(understood("which run burned the most calories").query())
                .isInstanceOfSatisfying(Query.FindActivities.class,
                        find -> assertThat(find.order()).isEqualTo(Order.MOST_CALORIES));
        assertThat(selection("total distance across all sports in 2025 - run bike swim everything").sports())
                .isEqualTo(Sports.ALL);
        assertThat(understood("which month in 2022 did I use the elliptical most").query())
                .isInstanceOfSatisfying(Query.RankPeriods.class,
                        rank -> assertThat(rank.measure()).isEqualTo(Measure.COUNT));
    }
}
