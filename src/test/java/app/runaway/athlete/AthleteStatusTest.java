package app.runaway.athlete;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AthleteStatusTest extends IntegrationTest {

    @Test
    void an_injury_lasts_until_the_athlete_is_healthy_again() {
        var athlete = newAthlete("Sore calf");
        var today = LocalDate.now(ZoneOffset.UTC);

        var injured = api.put("/api/athlete/status", athlete.token(), Map.of("status", "injured",
                "from", today.minusDays(3).toString(), "note", "calf strain"));

        assertThat(injured.status()).isEqualTo(200);
        assertThat(injured.body().get("status").asString()).isEqualTo("injured");
        assertThat(injured.body().at("/current/note").asString()).isEqualTo("calf strain");

        var healthy = api.put("/api/athlete/status", athlete.token(), Map.of("status", "healthy"));

        assertThat(healthy.body().get("status").asString()).isEqualTo("healthy");
        assertThat(healthy.body().at("/periods/0/ends_on").asString()).isEqualTo(today.minusDays(1).toString());
    }

    @Test
    void injured_then_healthy_the_same_day_is_healthy_and_the_plan_still_eases_back_in() {
        var athlete = newAthlete("False alarm");
        var today = LocalDate.now(ZoneOffset.UTC);
        var csv = new StringBuilder("Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Moving Time,"
                + "Distance,Distance\n");
        var format = java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", java.util.Locale.US);
        for (var day = 1; day <= 56; day++) {
            if (day % 7 != 3 && day % 7 != 5) {
                csv.append(day).append(",\"").append(format.format(today.minusDays(day).atTime(7, 0)))
                        .append("\",Run,Run,2700,2700,9.00,9000\n");
            }
        }
        api.importAndWait("activities.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                athlete.token());

        api.put("/api/athlete/status", athlete.token(), Map.of("status", "injured", "note", "tweaked a calf"));
        var healthy = api.put("/api/athlete/status", athlete.token(), Map.of("status", "healthy"));
        var plan = api.post("/analyze/workout", athlete.token(), Map.of()).body().get("workout_plan");

        assertThat(healthy.status()).isEqualTo(200);
        assertThat(healthy.body().get("status").asString()).isEqualTo("healthy");
        assertThat(healthy.body().at("/periods/0/starts_on").asString()).isEqualTo(today.toString());
        assertThat(healthy.body().at("/periods/0/ends_on").asString()).isEqualTo(today.minusDays(1).toString());
        assertThat(plan.get("this_week_kind").asString()).isEqualTo("return");
        assertThat(plan.get("next_week_kind").asString()).isEqualTo("return");
        for (var week : java.util.List.of("this_week", "next_week")) {
            plan.get(week).forEach(day -> assertThat(day.get("type").asString()).as(week)
                    .isNotIn("threshold", "intervals"));
        }
    }

    @Test
    void a_status_needs_a_known_kind_and_ordered_dates() {
        var athlete = newAthlete("Unsure");

        var unknown = api.put("/api/athlete/status", athlete.token(), Map.of("status", "tired"));
        var backwards = api.put("/api/athlete/status", athlete.token(), Map.of("status", "ill",
                "from", "2026-05-10", "until", "2026-05-01"));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/errors/0/field").asString()).isEqualTo("status");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().at("/errors/0/field").asString()).isEqualTo("until");
    }
}
