package app.runaway.athlete;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.platform.RunawayHome;
import app.runaway.security.AccessTokens;
import app.runaway.security.SecuritySettings;
import app.runaway.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Another home starting on this (shared) database, whose owner and operator already have tokens from the test's own
 * home: it mints nothing unasked, mints when RUNAWAY_MINT_TOKENS says so, and never brings back a revoked token.
 */
class TokenFileBootstrapTest extends IntegrationTest {
    @Autowired
    private AccessTokens tokens;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transaction;

    @Test
    void a_new_home_on_a_database_whose_accounts_have_tokens_mints_none_unasked(@TempDir Path other) {
        start(other, false);

        assertThat(other.resolve("owner.token")).doesNotExist();
        assertThat(other.resolve("admin.token")).doesNotExist();
        assertThat(api.get("/api/athlete", ownerToken()).status()).as("the first home's tokens still work")
                .isEqualTo(200);
    }

    @Test
    void asked_to_mint_it_writes_working_tokens_for_the_same_accounts(@TempDir Path other) throws Exception {
        start(other, true);

        var owner = Files.readString(other.resolve("owner.token")).strip();
        var admin = Files.readString(other.resolve("admin.token")).strip();
        assertThat(owner).isNotEqualTo(ownerToken());
        assertThat(api.get("/api/athlete", owner).body().get("id").asLong())
                .isEqualTo(api.get("/api/athlete", ownerToken()).body().get("id").asLong());
        assertThat(api.get("/api/tokens", admin).status()).isEqualTo(200);
    }

    @Test
    void a_revoked_token_file_is_not_registered_again(@TempDir Path other) throws Exception {
        start(other, true);
        var owner = Files.readString(other.resolve("owner.token")).strip();
        var id = -1L;
        for (var token : api.get("/api/tokens", owner).body().get("tokens")) {
            if (token.get("current").asBoolean()) {
                id = token.get("id").asLong();
            }
        }
        assertThat(api.send("DELETE", "/api/tokens/" + id, owner).status()).isEqualTo(204);

        start(other, false);

        assertThat(api.get("/api/athlete", owner).status()).isEqualTo(401);
        assertThat(Files.readString(other.resolve("owner.token")).strip()).as("nothing minted unasked")
                .isEqualTo(owner);
    }

    @Test
    void a_token_file_unknown_to_the_database_is_not_registered_when_the_account_has_tokens(@TempDir Path other) {
        var home = new RunawayHome(other);
        home.writeSecret("owner.token", "a-token-from-some-other-database-" + System.nanoTime());

        start(other, false);

        assertThat(api.get("/api/athlete", home.readSecret("owner.token").orElseThrow()).status()).isEqualTo(401);
    }

    private void start(Path home, boolean mint) {
        new TokenFileBootstrap(new RunawayHome(home), tokens, jdbc, transaction,
                new SecuritySettings(null, null, mint)).run(null);
    }
}
