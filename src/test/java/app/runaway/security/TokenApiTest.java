package app.runaway.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tokens are listed without their secret and revoked by id: by their athlete, or by the operator for anyone. */
class TokenApiTest extends IntegrationTest {

    @Test
    void an_athlete_lists_its_tokens_without_secrets_and_a_revoked_token_fails_at_once() {
        var athlete = newAthlete("Token keeper");

        var listed = api.get("/api/tokens", athlete.token());

        assertThat(listed.status()).isEqualTo(200);
        var tokens = list(listed.body().get("tokens"));
        assertThat(tokens).hasSize(1);
        var token = tokens.getFirst();
        assertThat(token.get("label").asString()).isEqualTo("created by the operator");
        assertThat(token.get("role").asString()).isEqualTo("athlete");
        assertThat(token.get("athlete_id").asLong()).isEqualTo(athlete.id());
        assertThat(token.get("current").asBoolean()).isTrue();
        assertThat(token.get("created_at").asString()).isNotBlank();
        assertThat(token.get("last_used_at").asString()).as("this very request used it").isNotBlank();
        assertThat(listed.body().toString()).doesNotContain(athlete.token())
                .doesNotContain("hash").doesNotContain("token_hash");

        var revoked = api.send("DELETE", "/api/tokens/" + token.get("id").asLong(), athlete.token());

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(api.get("/api/athlete", athlete.token()).status()).isEqualTo(401);
        assertThat(api.get("/api/tokens", athlete.token()).status()).isEqualTo(401);
    }

    @Test
    void an_athlete_can_neither_see_nor_revoke_another_athletes_tokens() {
        var owner = newAthlete("Owner of tokens");
        var other = newAthlete("Curious");
        var ownersToken = list(api.get("/api/tokens", owner.token()).body().get("tokens")).getFirst()
                .get("id").asLong();

        assertThat(api.send("DELETE", "/api/tokens/" + ownersToken, other.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/tokens?athlete_id=" + owner.id(), other.token()).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/tokens/" + ownersToken + "?athlete_id=" + owner.id(), other.token())
                .status()).isEqualTo(403);
        assertThat(api.get("/api/athlete", owner.token()).status()).isEqualTo(200);
        assertThat(list(api.get("/api/tokens?athlete_id=" + other.id(), other.token()).body().get("tokens")))
                .hasSize(1);
    }

    @Test
    void the_operator_lists_and_revokes_any_athletes_tokens_and_its_own() {
        var athlete = newAthlete("Operated");
        var second = api.post("/api/admin/athletes", adminToken(), Map.of("name", "Other")).body();

        var listed = api.get("/api/tokens?athlete_id=" + athlete.id(), adminToken());

        assertThat(listed.status()).isEqualTo(200);
        var tokens = list(listed.body().get("tokens"));
        assertThat(tokens).hasSize(1);
        assertThat(tokens.getFirst().get("current").asBoolean()).isFalse();
        assertThat(api.send("DELETE", "/api/tokens/" + tokens.getFirst().get("id").asLong() + "?athlete_id="
                + second.get("id").asLong(), adminToken()).status()).as("the id is not that athlete's")
                .isEqualTo(404);
        assertThat(api.send("DELETE", "/api/tokens/" + tokens.getFirst().get("id").asLong() + "?athlete_id="
                + athlete.id(), adminToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/athlete", athlete.token()).status()).isEqualTo(401);
        assertThat(api.get("/api/athlete", second.get("token").asString()).status()).isEqualTo(200);

        var operators = list(api.get("/api/tokens", adminToken()).body().get("tokens"));
        assertThat(operators).extracting(t -> t.get("role").asString()).containsOnly("operator");
        assertThat(operators).anySatisfy(t -> {
            assertThat(t.get("label").asString()).isEqualTo("admin.token");
            assertThat(t.get("current").asBoolean()).isTrue();
        });
        assertThat(api.get("/api/tokens?athlete_id=x", adminToken()).status()).isEqualTo(400);
        assertThat(api.send("DELETE", "/api/tokens/not-a-number", adminToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/tokens", null).status()).isEqualTo(401);
    }

    private static List<JsonNode> list(JsonNode array) {
        var list = new ArrayList<JsonNode>();
        array.forEach(list::add);
        return list;
    }
}
