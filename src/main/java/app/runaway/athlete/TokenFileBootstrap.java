package app.runaway.athlete;

import app.runaway.platform.RunawayHome;
import app.runaway.security.AccessTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single-user setup: the first start creates the owner athlete and writes its token to `owner.token`, and an
 * operator token to `admin.token`, both under the Runaway home. Later starts re-register the files' tokens, so a
 * home pointed at a fresh database keeps working. Tokens are never logged, only where they are.
 */
@Component
@Order(0)
class TokenFileBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(TokenFileBootstrap.class);
    static final String OWNER_TOKEN = "owner.token";
    static final String ADMIN_TOKEN = "admin.token";

    private final RunawayHome home;
    private final AccessTokens tokens;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    TokenFileBootstrap(RunawayHome home, AccessTokens tokens, JdbcClient jdbc, TransactionTemplate transaction) {
        this.home = home;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureOperatorToken();
        ensureOwner();
    }

    private void ensureOperatorToken() {
        var file = home.resolve(ADMIN_TOKEN);
        var existing = read(file);
        if (existing.isPresent()) {
            tokens.registerOperator(existing.get(), "admin.token");
        } else {
            home.writeSecret(ADMIN_TOKEN, tokens.issueOperatorToken("admin.token"));
        }
        log.info("Operator token: {}", file);
    }

    private void ensureOwner() {
        var file = home.resolve(OWNER_TOKEN);
        transaction.executeWithoutResult(status -> {
            var ownerId = jdbc.sql("""
                    INSERT INTO athletes (name, timezone, is_owner) VALUES (?, ?, true)
                    ON CONFLICT (is_owner) WHERE is_owner DO NOTHING RETURNING id""")
                    .params(ownerName(), ownerZone().getId())
                    .query(Long.class)
                    .optional()
                    .orElseGet(() -> jdbc.sql("SELECT id FROM athletes WHERE is_owner").query(Long.class).single());
            var existing = read(file).filter(token -> tokens.athleteOf(token).map(ownerId::equals).orElse(true));
            if (existing.isPresent()) {
                tokens.register(existing.get(), ownerId, OWNER_TOKEN);
            } else {
                home.writeSecret(OWNER_TOKEN, tokens.issueForAthlete(ownerId, OWNER_TOKEN));
            }
        });
        log.info("Owner athlete's token: {}  (send it as 'Authorization: Bearer <token>')", file);
    }

    private static String ownerName() {
        var user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "Runner" : user;
    }

    /** The machine's zone is the best first guess for a runner on their own machine; they can change it. */
    private ZoneId ownerZone() {
        var zone = ZoneId.systemDefault();
        if (zone instanceof ZoneOffset) {
            return ZoneOffset.UTC;
        }
        var known = jdbc.sql("SELECT count(*) FROM pg_timezone_names WHERE name = ?").param(zone.getId())
                .query(Long.class).single() > 0;
        return known ? zone : ZoneId.of("UTC");
    }

    private static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            var token = Files.readString(file).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
