package app.runaway.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.demo.StravaExportWriter;
import app.runaway.demo.TrainingHistoryGenerator;
import app.runaway.demo.TrainingHistorySpec;
import app.runaway.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** The coach on the real Strava export and on the demo athlete: complete, plausible, and pinned where it can be. */
class AnalysisOfRealDataTest extends IntegrationTest {
    private static final String[] PARTS = {"performance", "goal", "pace", "workout"};

    @Test
    void on_the_real_export_weekly_distance_and_predictions_match_an_independent_computation() throws IOException {
        var athlete = newAthlete("Carl again");
        var csv = FIXTURES.resolve("exports/carlarthur01-running-analyzer/activities.csv");
        api.importAndWait(csv, athlete.token());
        var asOf = LocalDate.of(2025, 10, 31); // the export's busiest running months

        var report = api.post("/analyze", athlete.token(), Map.of("as_of", asOf.toString(), "timeframe_days", 3650))
                .body();

        // Four complete ISO weeks before the week of as_of, runs only, in UTC (the athlete's zone).
        var monday = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var format = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US);
        double metres = 0;
        try (var reader = Files.newBufferedReader(csv)) {
            var rows = CSVFormat.RFC4180.parse(reader).getRecords();
            for (var row : rows.subList(1, rows.size())) {
                var day = LocalDateTime.parse(row.get(1), format).toLocalDate();
                if (row.get(3).equals("Run") && !day.isBefore(monday.minusWeeks(4)) && day.isBefore(monday)) {
                    metres += Double.parseDouble(row.get(17));
                }
            }
        }
        assertThat(report.at("/performance_metrics/four_week_average").asDouble())
                .isCloseTo(metres / 4 / 1000, within(0.006));
        var vdot = report.at("/goal_assessment/vdot");
        assertThat(vdot.isNull()).as("the export's fastest runs give a VDOT").isFalse();
        var byHand = AnalysisApiTest.DanielsByHand.vdot(vdot.get("distance_m").asDouble(), vdot.get("time_s").asDouble());
        assertThat(vdot.get("value").asDouble()).isCloseTo(byHand, within(0.051));
        var fiveK = report.at("/goal_assessment/predictions/0");
        assertThat(fiveK.get("distance").asString()).isEqualTo("5k");
        assertThat(fiveK.get("time_s").asDouble())
                .isCloseTo(AnalysisApiTest.DanielsByHand.raceSeconds(byHand, 5000), within(1.5));
        for (var part : PARTS) {
            assertThat(api.post("/analyze/" + part, athlete.token(), Map.of("as_of", asOf.toString())).status())
                    .as(part).isEqualTo(200);
        }
    }

    @Test
    void on_two_years_of_generated_training_every_part_is_complete_and_plausible() {
        var zone = ZoneId.of("Europe/Stockholm");
        var lastDay = LocalDate.of(2026, 10, 31);
        var history = new TrainingHistoryGenerator().generate(TrainingHistorySpec.twoYears(18, lastDay, zone));
        var athlete = newAthlete("Demo-like");
        api.put("/api/athlete", athlete.token(), Map.of("timezone", zone.getId()));
        var zip = new ByteArrayOutputStream();
        new StravaExportWriter().writeZip(history, zip);
        api.importAndWait("export.zip", zip.toByteArray(), athlete.token());
        api.post("/api/goals", athlete.token(), Map.of("goal", "Half marathon under 1:45 on 2027-03-14"));

        var report = api.post("/analyze", athlete.token(), Map.of("as_of", lastDay.toString())).body();

        var performance = report.get("performance_metrics");
        assertThat(performance.get("weekly_mileage").asDouble()).isBetween(15.0, 120.0);
        assertThat(performance.get("consistency_score").asDouble()).isBetween(0.3, 1.0);
        assertThat(performance.at("/training_load/method").asString()).isEqualTo("trimp");
        assertThat(performance.at("/training_load/ctl").asDouble()).isPositive();
        assertThat(performance.at("/training_load/acwr").asDouble()).isBetween(0.3, 2.0);
        var goal = report.get("goal_assessment");
        assertThat(goal.at("/current_goal/description").asString()).contains("Half marathon");
        assertThat(goal.at("/vdot/value").asDouble()).isBetween(30.0, 75.0);
        assertThat(goal.get("predictions")).hasSize(4);
        assertThat(goal.get("feasibility").asString()).isIn("achievable", "stretch", "unlikely");
        var paces = report.get("pace_zones");
        assertThat(paces.get("zones")).hasSize(5);
        assertThat(paces.get("heart_rate_zones")).hasSize(5);
        assertThat(paces.get("easy").asString()).matches("\\d:\\d\\d-\\d:\\d\\d");
        var plan = report.get("workout_plan");
        assertThat(plan.get("next_week")).hasSize(7);
        assertThat(plan.get("reasoning")).isNotEmpty();
        assertThat(report.at("/synthesis/priorities")).isNotEmpty();
        assertThat(report.at("/synthesis/action_items")).isNotEmpty();
        assertThat(report.get("sources").properties()).hasSize(5);
    }
}
