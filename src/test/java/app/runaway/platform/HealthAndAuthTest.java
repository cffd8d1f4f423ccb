package app.runaway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthAndAuthTest extends IntegrationTest {

    @Test
    void health_answers_without_a_token_with_the_database_state() {
        var health = api.get("/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("healthy");
        assertThat(health.body().at("/database/status").asString()).isEqualTo("up");
        assertThat(health.body().at("/database/embedded").asBoolean()).isTrue();
        assertThat(health.body().at("/database/version").asString()).startsWith("17.");
    }

    @Test
    void the_first_start_writes_owner_and_operator_tokens_that_work() {
        assertThat(HOME.resolve("owner.token")).exists();
        assertThat(HOME.resolve("admin.token")).exists();

        var me = api.get("/api/athlete", ownerToken());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("id").asLong()).isPositive();
    }

    @Test
    void a_missing_or_unknown_token_answers_401_as_problem_details() {
        var missing = api.get("/api/activities", null);
        var unknown = api.get("/api/activities", "not-a-real-token");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body().get("title").asString()).isEqualTo("Unauthorized");
        assertThat(missing.body().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void only_the_operator_token_creates_athletes() {
        var athlete = newAthlete("Ada");

        var byAthlete = api.post("/api/admin/athletes", athlete.token(), Map.of("name", "Mallory"));
        var byNobody = api.post("/api/admin/athletes", null, Map.of("name", "Mallory"));

        assertThat(athlete.token()).hasSizeGreaterThan(40);
        assertThat(api.get("/api/athlete", athlete.token()).body().get("name").asString()).isEqualTo("Ada");
        assertThat(byAthlete.status()).isEqualTo(403);
        assertThat(byNobody.status()).isEqualTo(401);
    }

    @Test
    void the_operator_token_owns_no_training_data() {
        assertThat(api.get("/api/activities", adminToken()).status()).isEqualTo(403);
    }

    @Test
    void an_athlete_needs_a_name() {
        var created = api.post("/api/admin/athletes", adminToken(), Map.of("name", " "));

        assertThat(created.status()).isEqualTo(400);
        assertThat(created.body().get("detail").asString()).contains("name");
    }
}
