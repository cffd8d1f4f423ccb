package app.runaway.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The coach through the HTTP API, on histories whose answers are known. */
class AnalysisApiTest extends IntegrationTest {
    private static final String HEADER = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,"
            + "Moving Time,Distance,Distance,Average Heart Rate,Max Heart Rate,Competition\n";
    private static final DateTimeFormatter EXPORT_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a",
            Locale.US);

    private static String run(long id, LocalDate day, double metres, int seconds, Integer avgHr, Integer maxHr,
                              boolean race) {
        return id + ",\"" + EXPORT_DATE.format(LocalDateTime.of(day, java.time.LocalTime.of(7, 0))) + "\",Run " + id
                + ",Run," + seconds + "," + seconds + "," + String.format(Locale.ROOT, "%.2f", metres / 1000) + ","
                + metres + "," + (avgHr == null ? "" : avgHr) + "," + (maxHr == null ? "" : maxHr) + ","
                + (race ? "1.0" : "") + "\n";
    }

    @Test
    void steady_training_gives_an_acute_chronic_ratio_of_one_and_form_near_zero() {
        var athlete = newAthlete("Metronome");
        var last = LocalDate.of(2026, 6, 28);
        var csv = new StringBuilder(HEADER);
        for (var day = 0; day < 26 * 7; day++) {
            csv.append(run(1000 + day, last.minusDays(day), 8000, 2880, 140, 160, false));
        }
        api.importAndWait("activities.csv", csv.toString().getBytes(StandardCharsets.UTF_8), athlete.token());

        var report = api.post("/analyze", athlete.token(), Map.of("as_of", last.toString(), "timeframe_days", 90));

        assertThat(report.status()).isEqualTo(200);
        var load = report.body().at("/performance_metrics/training_load");
        assertThat(load.get("acwr").asDouble()).isCloseTo(1.0, within(0.005));
        assertThat(load.get("method").asString()).isEqualTo("trimp");
        var dailyLoad = load.get("chronic_daily_load").asDouble();
        assertThat(load.get("tsb").asDouble()).isCloseTo(0, within(0.02 * dailyLoad));
        assertThat(load.get("ctl").asDouble()).isCloseTo(dailyLoad, within(0.02 * dailyLoad));
        assertThat(report.body().at("/performance_metrics/weekly_mileage").asDouble()).isEqualTo(56.0);
        assertThat(report.body().at("/performance_metrics/consistency_score").asDouble()).isEqualTo(1.0);
    }

    @Test
    void a_ten_km_race_in_forty_minutes_gives_vdot_51_9_and_daniels_predictions() {
        var athlete = newAthlete("Racer");
        var raceDay = LocalDate.of(2026, 5, 10);
        var csv = new StringBuilder(HEADER);
        for (var day = 1; day <= 40; day++) {
            csv.append(run(2000 + day, raceDay.minusDays(day), 8000, 8 * 330, null, null, false));
        }
        csv.append(run(2100, raceDay, 10_000, 2400, null, null, true));
        api.importAndWait("activities.csv", csv.toString().getBytes(StandardCharsets.UTF_8), athlete.token());

        var report = api.post("/analyze/goal", athlete.token(), Map.of("as_of", raceDay.plusDays(1).toString(),
                "goal", "Half marathon under 1:30 on 2026-09-20"));

        assertThat(report.status()).isEqualTo(200);
        var goal = report.body().get("goal_assessment");
        assertThat(goal.at("/vdot/value").asDouble()).isEqualTo(51.9);
        assertThat(goal.at("/vdot/strava_id").asLong()).isEqualTo(2100);
        var vdot = DanielsByHand.vdot(10_000, 2400);
        for (var prediction : goal.get("predictions")) {
            var metres = prediction.get("distance_m").asDouble();
            var expected = DanielsByHand.raceSeconds(vdot, metres);
            assertThat(prediction.get("time_s").asDouble()).as(prediction.get("distance").asString())
                    .isCloseTo(expected, within(1.0));
        }
        assertThat(goal.get("predictions")).extracting(p -> p.get("distance").asString())
                .containsExactly("5k", "10k", "half_marathon", "marathon");
        assertThat(goal.at("/predictions/1/time").asString()).isEqualTo("40:00");
        assertThat(goal.get("feasibility").asString()).isIn("stretch", "achievable");
        assertThat(report.body().get("performance_metrics").isNull()).isTrue();
        assertThat(report.body().at("/sources/goal").asString()).isEqualTo("rules");
    }

    @Test
    void an_analysis_is_cached_until_the_athletes_data_changes() {
        var athlete = newAthlete("Cached");
        var day = LocalDate.of(2026, 5, 10);
        api.importAndWait("activities.csv", (HEADER + run(1, day, 5000, 1500, null, null, false))
                .getBytes(StandardCharsets.UTF_8), athlete.token());
        var request = Map.<String, Object>of("as_of", day.toString(), "focus_area", "performance");

        var first = api.post("/analyze", athlete.token(), request).body();
        var again = api.post("/analyze", athlete.token(), request).body();
        api.importAndWait("activities.csv", (HEADER + run(2, day.minusDays(1), 10_000, 3000, null, null, false))
                .getBytes(StandardCharsets.UTF_8), athlete.token());
        var changed = api.post("/analyze", athlete.token(), request).body();

        assertThat(again).isEqualTo(first);
        assertThat(first.at("/performance_metrics/runs_in_window").asInt()).isEqualTo(1);
        assertThat(changed.at("/performance_metrics/runs_in_window").asInt()).isEqualTo(2);

        var goalRequest = Map.<String, Object>of("as_of", day.toString(), "focus_area", "goal");
        assertThat(api.post("/analyze", athlete.token(), goalRequest).body().at("/goal_assessment/feasibility")
                .asString()).isEqualTo("no_goal");
        api.post("/api/goals", athlete.token(), Map.of("goal", "10k under 50:00"));
        assertThat(api.post("/analyze", athlete.token(), goalRequest).body().at("/goal_assessment/current_goal")
                .isNull()).as("a new goal retires the cached analysis").isFalse();
        api.put("/api/athlete", athlete.token(), Map.of("units", "imperial"));
        assertThat(api.post("/analyze", athlete.token(), request).body().at("/performance_metrics/distance_unit")
                .asString()).as("a profile change too").isEqualTo("mi");
    }

    @Test
    void an_athlete_id_that_is_not_the_tokens_is_refused_and_bad_fields_answer_400() {
        var athlete = newAthlete("Checked");

        var other = api.post("/analyze", athlete.token(), Map.of("athlete_id", athlete.id() + 1));
        var hostile = api.post("/analyze", athlete.token(), Map.of("athlete_id", "<script>x</script>"));
        var same = api.post("/analyze", athlete.token(), Map.of("athlete_id", String.valueOf(athlete.id())));

        assertThat(other.status()).isEqualTo(403);
        assertThat(hostile.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.body().get("detail").asString()).as("the detail does not echo what was sent")
                .doesNotContain(String.valueOf(athlete.id() + 1));
        assertThat(hostile.body().toString()).doesNotContain("script");
        assertThat(same.status()).isEqualTo(200);
        assertThat(api.post("/analyze", athlete.token(), Map.of("timeframe_days", 2)).body().at("/errors/0/field")
                .asString()).isEqualTo("timeframe_days");
        assertThat(api.post("/analyze", athlete.token(), Map.of("as_of", "yesterday")).status()).isEqualTo(400);
        assertThat(api.post("/analyze", athlete.token(), Map.of("goal", "be happy")).status()).isEqualTo(400);
        assertThat(api.post("/analyze", athlete.token(), Map.of("focus_area", "vibes")).status()).isEqualTo(400);
        assertThat(api.post("/analyze/everything", athlete.token(), Map.of()).status()).isEqualTo(400);
        assertThat(api.post("/analyze", null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void an_athlete_without_any_activity_gets_a_complete_cautious_report() {
        var athlete = newAthlete("Blank slate");

        var report = api.post("/analyze", athlete.token(), Map.of());

        assertThat(report.status()).isEqualTo(200);
        var body = report.body();
        assertThat(body.at("/performance_metrics/weekly_mileage").asDouble()).isZero();
        assertThat(body.at("/goal_assessment/feasibility").asString()).isEqualTo("no_goal");
        assertThat(body.at("/pace_zones/easy").isNull()).isTrue();
        assertThat(body.at("/workout_plan/next_week")).hasSize(7);
        assertThat(body.at("/synthesis/overall_assessment").asString()).isNotBlank();
        assertThat(body.at("/performance_metrics/training_load/acwr").asDouble()).isZero();
        assertThat(body.at("/performance_metrics/training_load/acwr_note").asString()).contains("undefined");
    }

    @Test
    void paces_come_in_the_athletes_units_with_zones_in_seconds_per_km() {
        var athlete = newAthlete("Miler");
        api.put("/api/athlete", athlete.token(), Map.of("units", "imperial", "max_heartrate", 190,
                "resting_heartrate", 50));
        var raceDay = LocalDate.of(2026, 5, 10);
        api.importAndWait("activities.csv", (HEADER + run(1, raceDay, 10_000, 2400, 170, 185, true))
                .getBytes(StandardCharsets.UTF_8), athlete.token());

        var zones = api.post("/analyze/pace", athlete.token(), Map.of("as_of", raceDay.toString())).body()
                .get("pace_zones");

        var threshold = zones.get("zones").get(2);
        assertThat(threshold.get("name").asString()).isEqualTo("threshold");
        var thresholdSPerKm = threshold.get("min_s_per_km").asDouble();
        assertThat(threshold.get("pace").asString()).isEqualTo(clock(thresholdSPerKm * 1.609344) + " /mi");
        assertThat(zones.get("tempo").asString()).startsWith(clock(thresholdSPerKm * 1.609344) + "-");
        assertThat(zones.get("unit").asString()).isEqualTo("/mi");
        assertThat(zones.get("heart_rate_zones")).extracting(z -> z.get("min_bpm").asInt())
                .containsExactly(120, 134, 148, 162, 176); // Karvonen 50-90 % of the 140 bpm reserve above 50
    }

    private static String clock(double seconds) {
        var total = Math.round(seconds);
        return total / 60 + ":" + String.format("%02d", total % 60);
    }

    /** Daniels/Gilbert written out again here, so the test does not trust the code it checks. */
    static final class DanielsByHand {
        static double vdot(double metres, double seconds) {
            var minutes = seconds / 60;
            var v = metres / minutes;
            var vo2 = -4.60 + 0.182258 * v + 0.000104 * v * v;
            var fraction = 0.8 + 0.1894393 * Math.exp(-0.012778 * minutes) + 0.2989558 * Math.exp(-0.1932605 * minutes);
            return vo2 / fraction;
        }

        static double raceSeconds(double vdot, double metres) {
            double fast = 60;
            double slow = 60 * 60 * 12;
            for (var i = 0; i < 200; i++) {
                var mid = (fast + slow) / 2;
                if (vdot(metres, mid) > vdot) {
                    fast = mid;
                } else {
                    slow = mid;
                }
            }
            return (fast + slow) / 2;
        }
    }
}
