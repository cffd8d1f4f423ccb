package app.runaway.demo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.ZoneId;

/** Prints how fast histories are generated; run with {@code mvn -Pbench test}. Asserts nothing about time. */
@Tag("bench")
class TrainingHistoryGeneratorBenchmark {

    private static final Logger log = LoggerFactory.getLogger(TrainingHistoryGeneratorBenchmark.class);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 11, 20);
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final TrainingHistoryGenerator generator = new TrainingHistoryGenerator();

    @Test
    void ten_thousand_activities_for_one_athlete() {
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            int count = generator.generate(TrainingHistorySpec.ofActivityCount(round, LAST_DAY, ZONE, 10_000)).size();
            log.info("round {}: {} activities in {} ms", round, count, (System.nanoTime() - start) / 1_000_000);
        }
    }

    @Test
    void one_thousand_athletes_with_two_years_each() {
        long start = System.nanoTime();
        long count = 0;
        for (long athlete = 0; athlete < 1_000; athlete++) {
            count += generator.generate(TrainingHistorySpec.twoYears(athlete, LAST_DAY, ZONE)).size();
        }
        log.info("1000 athletes: {} activities in {} ms", count, (System.nanoTime() - start) / 1_000_000);
    }
}
