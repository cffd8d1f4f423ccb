package app.runaway.coach.performance;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.coach.AthleteSnapshot;
import app.runaway.coach.RunSample;
import app.runaway.coach.TestRuns;
import app.runaway.coach.load.LoadMethod;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PerformanceAnalyzerTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 14);

    @Test
    void an_empty_history_gives_typed_empty_results_and_no_nan() {
        var analysis = PerformanceAnalyzer.analyze(List.of(), AthleteSnapshot.unknown(), AS_OF, 90);

        assertThat(analysis.weeklyVolume().currentWeek().distanceM()).isZero();
        assertThat(analysis.consistency()).isEmpty();
        assertThat(analysis.distanceTrend()).isInstanceOf(Trend.TooFewPoints.class);
        assertThat(analysis.paceTrend().verdict()).isEqualTo(PaceTrend.Verdict.UNKNOWN);
        assertThat(analysis.paceByRunType()).isEmpty();
        assertThat(analysis.bestEfforts()).isEmpty();
        assertThat(analysis.bestVdot()).isEmpty();
        assertThat(analysis.trainingPaces()).isEmpty();
        assertThat(analysis.heartRateZones()).isEmpty();
        assertThat(analysis.trainingLoad().method()).isEqualTo(LoadMethod.NONE);
        assertThat(analysis.trainingLoad().acwr()).isEmpty();
        assertNoNaN(analysis);
    }

    @Test
    void a_history_without_heart_rate_is_analysed_on_pace_estimates() {
        var runs = new ArrayList<RunSample>();
        for (var day = 0; day < 120; day++) {
            var date = AS_OF.minusDays(day);
            if (day % 7 == 3) {
                runs.add(TestRuns.run(date, 10, 250));           // a weekly tempo run
            } else if (day % 2 == 0) {
                runs.add(TestRuns.run(date, 8 + day % 3, 330));  // easy running
            }
        }
        runs.add(TestRuns.asSport(TestRuns.run(AS_OF.minusDays(1), 40, 120), "Ride"));

        var analysis = PerformanceAnalyzer.analyze(runs, AthleteSnapshot.unknown(), AS_OF, 90);

        assertThat(analysis.trainingLoad().method()).isEqualTo(LoadMethod.PACE_ESTIMATE);
        assertThat(analysis.trainingLoad().heartRateSessions()).isZero();
        assertThat(analysis.trainingLoad().ctl()).isPositive();
        assertThat(analysis.trainingLoad().acwr()).isPresent();
        assertThat(analysis.heartRate()).isEmpty();
        assertThat(analysis.heartRateZones()).isEmpty();
        assertThat(analysis.paceTrend().basis()).isEqualTo(PaceTrend.Basis.EASY_RUNS);
        assertThat(analysis.bestVdot()).isPresent();
        assertThat(analysis.trainingPaces()).isPresent();
        assertThat(analysis.consistency()).isPresent();
        assertNoNaN(analysis);
    }

    @Test
    void activities_after_the_day_of_analysis_are_ignored() {
        var runs = List.of(TestRuns.run(AS_OF, 5, 330), TestRuns.run(AS_OF.plusDays(1), 10, 240));

        var analysis = PerformanceAnalyzer.analyze(runs, AthleteSnapshot.unknown(), AS_OF, 30);

        assertThat(analysis.weeklyVolume().currentWeek().distanceM()).isEqualTo(5_000);
        assertThat(analysis.bestEfforts()).hasSize(1);
    }

    /** Walks the result's records, optionals and lists: no double anywhere is NaN or infinite. */
    private static void assertNoNaN(Object value) {
        switch (value) {
            case null -> { }
            case Double d -> assertThat(d).isFinite();
            case OptionalDouble o -> o.ifPresent(d -> assertThat(d).isFinite());
            case Optional<?> o -> o.ifPresent(PerformanceAnalyzerTest::assertNoNaN);
            case Collection<?> c -> c.forEach(PerformanceAnalyzerTest::assertNoNaN);
            case Record r -> {
                for (RecordComponent component : r.getClass().getRecordComponents()) {
                    try {
                        assertNoNaN(component.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }
            }
            default -> { }
        }
    }
}
