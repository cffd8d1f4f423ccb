package app.runaway.coach.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.coach.RunSample;
import app.runaway.support.CredibleRuns;
import app.runaway.support.ExportTruth;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The evidence review on four real exports, against the rule written a second time from the README
 * ({@link CredibleRuns}, over the CSV read by {@link ExportTruth}): both must leave out exactly the same runs. Prints
 * how many runs each check left out of each export.
 */
class EvidenceOnRealExportsTest {
    private static final Path EXPORTS = Path.of("src/test/resources/fixtures/exports");
    private static final Map<String, ZoneId> FILES = Map.of(
            "thetazero-alogsky/activities.csv", ZoneId.of("America/New_York"),
            "shash23-routerunner/user2.csv", ZoneId.of("Europe/London"),
            "danchurchill-strava-running/activities.csv", ZoneId.of("America/Chicago"),
            "carlarthur01-running-analyzer/activities.csv", ZoneId.of("Europe/Stockholm"));

    @Test
    void the_review_and_the_readmes_rule_written_again_leave_out_the_same_runs() {
        for (var file : FILES.keySet().stream().sorted().toList()) {
            var truth = ExportTruth.read(EXPORTS.resolve(file), FILES.get(file));
            var review = EvidenceReview.of(truth.rows().stream().map(EvidenceOnRealExportsTest::sample).toList());

            var byChecks = review.suspects().stream().collect(Collectors.groupingBy(s -> s.checks().getFirst(),
                    java.util.TreeMap::new, Collectors.counting()));
            System.out.printf(Locale.ROOT, "Evidence review, %s: %d runs, %d left out %s%n", file,
                    truth.where(ExportTruth.Row::isRun).size(), review.suspects().size(), byChecks);
            assertThat(review.suspects().stream().map(s -> s.run().activityId()).sorted().toList()).as(file)
                    .isEqualTo(CredibleRuns.suspects(truth.rows()).stream().sorted(Comparator.naturalOrder())
                            .toList());
        }
    }

    /** A CSV row as the importer stores it, for the coach. */
    static RunSample sample(ExportTruth.Row row) {
        return new RunSample(row.id(), row.id(), row.name(), row.type().replace(" ", ""), row.race() ? "race" : null,
                row.start(), row.day(), row.metres(), row.movingS(), row.elapsedS(), row.heartrate(), null,
                row.climbM(), row.maxSpeedMps(), row.description(), null);
    }

    static List<RunSample> samples(ExportTruth truth) {
        return truth.rows().stream().map(EvidenceOnRealExportsTest::sample).toList();
    }
}
