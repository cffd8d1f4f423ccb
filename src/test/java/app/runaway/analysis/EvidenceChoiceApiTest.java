package app.runaway.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A GPS glitch is named in data_quality and left out of the VDOT and of chat's records; the athlete can include it or
 * exclude any run through the API, and the coach and chat follow at once.
 */
class EvidenceChoiceApiTest extends IntegrationTest {
    private static final String HEADER = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,"
            + "Moving Time,Distance,Distance,Max Speed\n";
    private static final DateTimeFormatter EXPORT_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a",
            Locale.US);
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 31);
    private static final long GLITCH = 9_000;
    /** The last week's 5 km effort (22:20), and the week before's (22:24). */
    private static final long BEST_HONEST = 8_071;
    private static final long SECOND_BEST = 8_061;

    private static String row(long id, LocalDate day, double metres, int moving, int elapsed, Double maxSpeed) {
        return id + ",\"" + EXPORT_DATE.format(LocalDateTime.of(day, LocalTime.of(7, 0))) + "\",Run " + id + ",Run,"
                + elapsed + "," + moving + "," + String.format(Locale.ROOT, "%.2f", metres / 1000) + "," + metres
                + "," + (maxSpeed == null ? "" : maxSpeed) + "\n";
    }

    /**
     * Eight weeks of easy 8 km runs at 5:40 /km and a weekly 5 km effort from 22:48 down to 22:20 (VDOT 42.7 to
     * 43.8 by Daniels and Gilbert), then a 5.13 km "run" with moving time 19:53 of 33:59 elapsed and a 9.2 m/s top
     * speed (VDOT 51.8 on its moving time).
     */
    private static byte[] history() {
        var csv = new StringBuilder(HEADER);
        for (var week = 0; week < 8; week++) {
            var monday = AS_OF.minusWeeks(8 - week).plusDays(1);
            for (var day : new int[] {0, 2, 4}) {
                csv.append(row(1_000 + week * 10L + day, monday.plusDays(day), 8_000, 2_720, 2_760, 3.6));
            }
            csv.append(row(8_000 + week * 10L + 1, monday.plusDays(5), 5_000, 1_368 - week * 4, 1_375 - week * 4, 5.1));
        }
        csv.append(row(GLITCH, AS_OF.minusDays(3), 5_130, 1_193, 2_039, 9.2));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_glitch_is_named_and_left_out_and_the_athletes_say_is_followed_by_the_coach_and_chat() {
        var athlete = newAthlete("Glitchy watch");
        api.importAndWait("activities.csv", history(), athlete.token());

        var report = analyze(athlete.token());
        assertThat(report.at("/goal_assessment/vdot/value").asDouble()).isCloseTo(43.76, within(0.05));
        assertThat(report.at("/goal_assessment/vdot/strava_id").asLong()).isEqualTo(BEST_HONEST);
        assertThat(report.at("/goal_assessment/vdot/basis").asString()).isEqualTo("hard_run");
        assertThat(report.at("/goal_assessment/vdot/evidence")).hasSizeGreaterThanOrEqualTo(3);
        var note = report.get("data_quality").get(0);
        assertThat(note.get("strava_id").asLong()).isEqualTo(GLITCH);
        assertThat(note.get("date").asString()).isEqualTo(AS_OF.minusDays(3).toString());
        assertThat(note.get("checks").get(0).asString()).isEqualTo("paused");
        assertThat(note.get("reason").asString()).contains("19:53", "33:59");
        assertThat(note.get("decided_by").asString()).isEqualTo("checks");
        assertThat(fastestFiveK(athlete.token())).isEqualTo(BEST_HONEST);

        var glitch = idOf(athlete.token(), GLITCH);
        var included = api.put("/api/activities/" + glitch + "/evidence", athlete.token(),
                Map.of("evidence", "include"));
        assertThat(included.status()).isEqualTo(200);
        assertThat(included.body().get("evidence").asString()).isEqualTo("include");
        assertThat(api.get("/api/activities/" + glitch, athlete.token()).body().get("evidence").asString())
                .isEqualTo("include");
        var trusting = analyze(athlete.token());
        assertThat(trusting.at("/goal_assessment/vdot/value").asDouble()).isCloseTo(51.8, within(0.05));
        assertThat(trusting.get("data_quality")).isEmpty();
        assertThat(fastestFiveK(athlete.token())).isEqualTo(GLITCH);

        api.put("/api/activities/" + glitch + "/evidence", athlete.token(), Map.of("evidence", "auto"));
        var best = idOf(athlete.token(), BEST_HONEST);
        api.put("/api/activities/" + best + "/evidence", athlete.token(), Map.of("evidence", "exclude"));
        var doubting = analyze(athlete.token());
        assertThat(doubting.at("/goal_assessment/vdot/strava_id").asLong()).isEqualTo(SECOND_BEST);
        assertThat(doubting.get("data_quality")).extracting(n -> n.get("strava_id").asLong())
                .containsExactly(BEST_HONEST, GLITCH); // newest first
        assertThat(doubting.get("data_quality").get(0).get("decided_by").asString()).isEqualTo("athlete");
        assertThat(fastestFiveK(athlete.token())).isEqualTo(SECOND_BEST);
        assertThat(doubting.at("/performance_metrics/runs_in_window").asInt())
                .as("a run left out of the evidence still counts in volume").isEqualTo(33);
    }

    @Test
    void the_say_must_be_one_of_three_words_on_ones_own_activity() {
        var athlete = newAthlete("Careful");
        api.importAndWait("activities.csv", history(), athlete.token());
        var glitch = idOf(athlete.token(), GLITCH);
        var other = newAthlete("Nosy");

        var unknown = api.put("/api/activities/" + glitch + "/evidence", athlete.token(), Map.of("evidence", "maybe"));
        var extra = api.put("/api/activities/" + glitch + "/evidence", athlete.token(), Map.of("evidence", "auto",
                "note", "x"));
        var foreign = api.put("/api/activities/" + glitch + "/evidence", other.token(), Map.of("evidence", "include"));
        var missing = api.put("/api/activities/" + (glitch + 100_000) + "/evidence", athlete.token(),
                Map.of("evidence", "include"));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/errors/0/field").asString()).isEqualTo("evidence");
        assertThat(extra.status()).isEqualTo(400);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(api.get("/api/activities/" + glitch, athlete.token()).body().get("evidence").asString())
                .isEqualTo("auto");
    }

    private JsonNode analyze(String token) {
        var response = api.post("/analyze", token, Map.of("as_of", AS_OF.toString(), "timeframe_days", 60));
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private long fastestFiveK(String token) {
        var reply = api.post("/api/chat", token, Map.of("message", "What's my fastest 5k?")).body();
        assertThat(reply.at("/context/question_family").asString()).isEqualTo("records");
        return reply.at("/sources/0/strava_id").asLong();
    }

    private long idOf(String token, long stravaId) {
        return api.allActivities(token, "").stream().filter(a -> a.get("strava_id").asLong() == stravaId)
                .findFirst().orElseThrow().get("id").asLong();
    }
}
