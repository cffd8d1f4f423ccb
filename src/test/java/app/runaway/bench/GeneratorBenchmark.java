package app.runaway.bench;

import app.runaway.demo.TrainingHistoryGenerator;
import app.runaway.demo.TrainingHistorySpec;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast the demo generator makes histories (it feeds the benchmarks' scale data). Prints; asserts nothing.
 * Run: {@code mvn -Pbench test -Dtest=GeneratorBenchmark}
 */
@Tag("bench")
class GeneratorBenchmark {
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 11, 20);
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final TrainingHistoryGenerator generator = new TrainingHistoryGenerator();

    @Test
    void ten_thousand_activities_for_one_athlete() {
        for (var round = 0; round < 5; round++) {
            var start = System.nanoTime();
            var count = generator.generate(TrainingHistorySpec.ofActivityCount(round, LAST_DAY, ZONE, 10_000)).size();
            System.out.printf("generator round %d: %,d activities in %d ms%n", round, count,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    @Test
    void one_thousand_athletes_with_two_years_each() {
        var start = System.nanoTime();
        var count = 0L;
        for (var athlete = 0L; athlete < 1_000; athlete++) {
            count += generator.generate(TrainingHistorySpec.twoYears(athlete, LAST_DAY, ZONE)).size();
        }
        System.out.printf("generator: 1,000 athletes x two years = %,d activities in %d ms%n", count,
                (System.nanoTime() - start) / 1_000_000);
    }
}
