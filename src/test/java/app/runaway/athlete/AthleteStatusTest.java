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
