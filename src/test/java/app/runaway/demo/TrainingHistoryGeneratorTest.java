package app.runaway.demo;

import app.runaway.activity.ActivitySource;
import app.runaway.activity.NewActivity;
import app.runaway.activity.WorkoutType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrainingHistoryGeneratorTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 11, 20);

    private final TrainingHistoryGenerator generator = new TrainingHistoryGenerator();

    @Test
    void the_same_seed_gives_the_same_history_and_another_seed_a_different_one() {
        var spec = TrainingHistorySpec.twoYears(42, LAST_DAY, STOCKHOLM);

        var first = generator.generate(spec);
        var second = new TrainingHistoryGenerator().generate(spec);
        var other = generator.generate(TrainingHistorySpec.twoYears(43, LAST_DAY, STOCKHOLM));

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void two_years_hold_about_seven_hundred_activities_mostly_runs_with_races_long_runs_and_workouts(long seed) {
        var history = generator.generate(TrainingHistorySpec.twoYears(seed, LAST_DAY, STOCKHOLM));

        assertThat(history).hasSizeBetween(650, 760);
        assertThat(count(history, a -> a.sportType().equals("Run"))).isGreaterThan(history.size() * 8 / 10);
        assertThat(count(history, a -> a.workoutType() == WorkoutType.RACE)).isBetween(6L, 16L);
        assertThat(count(history, a -> a.workoutType() == WorkoutType.LONG_RUN)).isGreaterThan(70);
        assertThat(count(history, a -> a.workoutType() == WorkoutType.WORKOUT)).isGreaterThan(100);
        assertThat(history).extracting(NewActivity::sportType)
                .contains("Ride", "Walk", "WeightTraining");
    }

    @Test
    void a_history_covers_the_requested_days_in_order_with_unique_ids_and_the_demo_source() {
        var spec = TrainingHistorySpec.twoYears(9, LAST_DAY, STOCKHOLM);

        var history = generator.generate(spec);

        assertThat(history).isSortedAccordingTo(Comparator.comparing(NewActivity::startDate));
        assertThat(history.getFirst().startDate().atZone(STOCKHOLM).toLocalDate()).isAfterOrEqualTo(spec.firstDay());
        assertThat(history.getLast().startDate().atZone(STOCKHOLM).toLocalDate()).isBeforeOrEqualTo(LAST_DAY);
        assertThat(history).extracting(NewActivity::stravaId).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(history).allSatisfy(activity -> {
            assertThat(activity.source()).isEqualTo(ActivitySource.DEMO);
            assertThat(activity.fingerprint()).isNull();
            assertThat(activity.timezone()).isEqualTo(STOCKHOLM);
        });
    }

    @Test
    void weekly_volume_builds_and_drops_back_in_down_weeks() {
        var weeklyKm = new TreeMap<Integer, Double>();
        for (var run : runs(generator.generate(TrainingHistorySpec.twoYears(11, LAST_DAY, STOCKHOLM)))) {
            var day = run.startDate().atZone(STOCKHOLM).toLocalDate();
            int week = day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            weeklyKm.merge(week, run.distanceM() / 1000, Double::sum);
        }
        var volumes = new ArrayList<>(weeklyKm.values());

        int downWeeks = 0;
        for (int i = 3; i < volumes.size(); i++) {
            double previous = (volumes.get(i - 1) + volumes.get(i - 2) + volumes.get(i - 3)) / 3;
            if (volumes.get(i) < 0.8 * previous) {
                downWeeks++;
            }
        }
        assertThat(downWeeks).as("weeks at least 20 %% below the three before").isGreaterThanOrEqualTo(15);
    }

    @Test
    void moving_time_never_exceeds_elapsed_and_heart_rates_are_physiological() {
        var history = generator.generate(TrainingHistorySpec.twoYears(12, LAST_DAY, STOCKHOLM));

        assertThat(history).allSatisfy(activity -> {
            assertThat(activity.movingTimeS()).isPositive().isLessThanOrEqualTo(activity.elapsedTimeS());
            if (activity.averageHeartrate() != null) {
                assertThat(activity.averageHeartrate()).isBetween(80.0, 210.0);
                assertThat(activity.maxHeartrate()).isBetween(80.0, 210.0)
                        .isGreaterThanOrEqualTo(activity.averageHeartrate());
            }
        });
        assertThat(runs(history)).allSatisfy(run -> {
            assertThat(run.distanceM()).isGreaterThan(2_000);
            assertThat(run.maxSpeedMps()).isGreaterThanOrEqualTo(run.averageSpeedMps());
            assertThat(run.elevationGainM()).isBetween(0.0, run.distanceM() / 1000 * 40);
        });
    }

    @Test
    void heart_rate_follows_effort_easy_runs_low_threshold_higher_races_highest() {
        var history = generator.generate(TrainingHistorySpec.twoYears(13, LAST_DAY, STOCKHOLM));
        double maxHeartRate = history.stream().filter(a -> a.maxHeartrate() != null)
                .mapToDouble(NewActivity::maxHeartrate).max().orElseThrow();

        double easy = averageHeartRate(history, a -> a.name().endsWith(" Run")) / maxHeartRate;
        double tempo = averageHeartRate(history, a -> a.name().startsWith("Tempo")) / maxHeartRate;
        double races = averageHeartRate(history, a -> a.workoutType() == WorkoutType.RACE) / maxHeartRate;

        assertThat(easy).isBetween(0.65, 0.78);
        assertThat(tempo).isGreaterThan(easy);
        assertThat(races).isGreaterThan(tempo).isGreaterThan(0.85);
    }

    @Test
    void race_times_match_the_daniels_prediction_for_the_fitness_of_the_day() {
        var spec = TrainingHistorySpec.twoYears(14, LAST_DAY, STOCKHOLM);

        var races = generator.generate(spec).stream().filter(a -> a.workoutType() == WorkoutType.RACE).toList();

        assertThat(races).isNotEmpty().allSatisfy(race -> {
            var distance = race.name().contains("Half") ? 21_097.5 : race.name().contains("Marathon") ? 42_195
                    : race.name().contains("10K") ? 10_000 : 5_000;
            double vdot = spec.vdotOn(race.startDate().atZone(STOCKHOLM).toLocalDate());
            double predicted = DanielsVdot.raceSeconds(vdot, distance);
            assertThat(distance / race.averageSpeedMps()).isCloseTo(predicted, within(predicted * 0.06));
        });
    }

    @Test
    void easy_pace_gets_faster_as_fitness_improves() {
        var spec = new TrainingHistorySpec(15, LAST_DAY, 104, STOCKHOLM, 40, 48);
        var easyRuns = generator.generate(spec).stream().filter(a -> a.workoutType() == WorkoutType.DEFAULT)
                .filter(a -> a.sportType().equals("Run")).toList();

        double firstQuarter = averageSpeed(easyRuns.subList(0, easyRuns.size() / 4));
        double lastQuarter = averageSpeed(easyRuns.subList(easyRuns.size() * 3 / 4, easyRuns.size()));

        assertThat(lastQuarter).isGreaterThan(firstQuarter * 1.04);
    }

    @Test
    void weekday_runs_start_at_the_same_local_hours_in_winter_and_summer_so_utc_shifts_with_dst() {
        var runs = runs(generator.generate(TrainingHistorySpec.twoYears(16, LAST_DAY, STOCKHOLM))).stream()
                .filter(run -> run.workoutType() != WorkoutType.RACE)
                .filter(run -> run.startDate().atZone(STOCKHOLM).getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue())
                .toList();
        Predicate<NewActivity> january = run -> run.startDate().atZone(STOCKHOLM).getMonth() == Month.JANUARY;
        Predicate<NewActivity> july = run -> run.startDate().atZone(STOCKHOLM).getMonth() == Month.JULY;

        assertThat(runs).allSatisfy(run ->
                assertThat(run.startDate().atZone(STOCKHOLM).getHour()).isBetween(5, 20));
        assertThat(localHour(runs, july)).isCloseTo(localHour(runs, january), within(0.5));
        assertThat(utcHour(runs, january) - utcHour(runs, july)).isCloseTo(1.0, within(0.5));
    }

    @Test
    void scale_mode_gives_about_the_requested_count_with_ids_unique_across_athletes() {
        var big = generator.generate(TrainingHistorySpec.ofActivityCount(1, LAST_DAY, ZoneOffset.UTC, 10_000));
        assertThat(big).hasSizeBetween(9_000, 11_000);

        var ids = new HashSet<Long>();
        int total = 0;
        for (long athlete = 0; athlete < 20; athlete++) {
            var history = generator.generate(TrainingHistorySpec.ofActivityCount(athlete, LAST_DAY, STOCKHOLM, 300));
            history.forEach(activity -> ids.add(activity.stravaId()));
            total += history.size();
        }
        assertThat(ids).hasSize(total);
    }

    private static List<NewActivity> runs(List<NewActivity> history) {
        return history.stream().filter(a -> a.sportType().equals("Run")).toList();
    }

    private static long count(List<NewActivity> history, Predicate<NewActivity> predicate) {
        return history.stream().filter(predicate).count();
    }

    private static double averageHeartRate(List<NewActivity> history, Predicate<NewActivity> predicate) {
        return history.stream().filter(a -> a.sportType().equals("Run")).filter(predicate)
                .filter(a -> a.averageHeartrate() != null)
                .mapToDouble(NewActivity::averageHeartrate).average().orElseThrow();
    }

    private static double averageSpeed(List<NewActivity> runs) {
        return runs.stream().mapToDouble(NewActivity::averageSpeedMps).average().orElseThrow();
    }

    private static double localHour(List<NewActivity> runs, Predicate<NewActivity> month) {
        return runs.stream().filter(month).mapToDouble(run -> {
            var local = run.startDate().atZone(STOCKHOLM);
            return local.getHour() + local.getMinute() / 60.0;
        }).average().orElseThrow();
    }

    private static double utcHour(List<NewActivity> runs, Predicate<NewActivity> month) {
        return runs.stream().filter(month).mapToDouble(run -> {
            var utc = run.startDate().atZone(ZoneOffset.UTC);
            return utc.getHour() + utc.getMinute() / 60.0;
        }).average().orElseThrow();
    }
}
