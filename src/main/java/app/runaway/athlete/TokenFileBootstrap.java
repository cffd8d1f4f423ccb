package app.runaway.athlete;

import app.runaway.platform.RunawayHome;
import app.runaway.security.AccessTokens;
import app.runaway.security.SecuritySettings;
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
 * The single-user setup: the owner athlete with its token in `owner.token`, and an operator token in `admin.token`,
 * both under the Runaway home. The database holds the truth about tokens; a home's files only add to it when the
 * account has no token in force:
 * <ul>
 *   <li>a file whose token is in force is used as it is;</li>
 *   <li>when the account has no token in force (a first start, a fresh database, or every token revoked), the file's
 *       token is registered if the database never saw it (a home pointed at a new database keeps working), and
 *       otherwise a new token is minted into the file;</li>
 *   <li>when the account has tokens in force but not this home's (another home on a shared database made them, or
 *       this file's token was revoked), nothing is minted or registered unasked: the log says so, and what to do.
 *       {@code RUNAWAY_MINT_TOKENS=true} mints (or registers the file's token) anyway.</li>
 * </ul>
 * Tokens are never logged, only where they are.
 */
@Component
@Order(0)
class TokenFileBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(TokenFileBootstrap.class);
    static final String OWNER_TOKEN = "owner.token";
    static final String ADMIN_TOKEN = "admin.token";
    /**
     * Serialises the decision across nodes that start together on one database, so that two fresh homes do not
     * both see "no token yet" and both mint. An advisory lock, as there is no row to lock before the first token.
     */
    private static final long BOOTSTRAP_LOCK = 0x52554e_544f4bL;

    private final RunawayHome home;
    private final AccessTokens tokens;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final boolean mintAlways;

    TokenFileBootstrap(RunawayHome home, AccessTokens tokens, JdbcClient jdbc, TransactionTemplate transaction,
                       SecuritySettings settings) {
        this.home = home;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.mintAlways = settings.mintTokens();
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(BOOTSTRAP_LOCK).query((rs, row) -> true).single();
            ensure(new Account(ADMIN_TOKEN, "operator", null));
            ensure(new Account(OWNER_TOKEN, "owner athlete", owner()));
        });
    }

    /** An account a token file belongs to: the operator (no athlete) or the owner athlete. */
    private record Account(String file, String name, Long athleteId) {
    }

    private void ensure(Account account) {
        var file = home.resolve(account.file());
        var token = home.readSecret(account.file());
        var standing = token.map(tokens::standing);
        if (standing.isPresent() && standing.get().standing() == AccessTokens.Standing.ACTIVE
                && belongsTo(standing.get(), account)) {
            log.info("The {}'s token is in {}  (send it as 'Authorization: Bearer <token>')", account.name(), file);
            return;
        }
        var inForce = tokens.hasActive(account.athleteId());
        if (inForce && !mintAlways) {
            log.warn("The database already has tokens of the {} (made by another Runaway home on this database, or "
                    + "{}): none is minted here. Copy {} from the home that has it, or start once with "
                    + "RUNAWAY_MINT_TOKENS=true to mint a new one into {}", account.name(),
                    describe(standing), account.file(), file);
            return;
        }
        var unknown = standing.map(s -> s.standing() == AccessTokens.Standing.UNKNOWN).orElse(false);
        if (unknown) {
            register(account, token.get());
            log.info("Registered the {}'s token of {} with this database{}", account.name(), file,
                    inForce ? " (RUNAWAY_MINT_TOKENS=true)" : "");
        } else {
            home.writeSecret(account.file(), mint(account));
            log.info("Minted a new token for the {} into {}{}", account.name(), file,
                    standing.isPresent() ? " (the file's token was " + describe(standing) + ")"
                            : inForce ? " (RUNAWAY_MINT_TOKENS=true)" : "");
        }
    }

    private static boolean belongsTo(AccessTokens.Known known, Account account) {
        return account.athleteId() == null ? known.operator()
                : !known.operator() && account.athleteId().equals(known.athleteId());
    }

    private static String describe(Optional<AccessTokens.Known> standing) {
        return standing.map(known -> switch (known.standing()) {
            case REVOKED -> "this home's token was revoked";
            case UNKNOWN -> "this home's token is unknown to the database";
            case ACTIVE -> "this home's token belongs to another account";
        }).orElse("this home has no token file");
    }

    private void register(Account account, String token) {
        if (account.athleteId() == null) {
            tokens.registerOperator(token, account.file());
        } else {
            tokens.register(token, account.athleteId(), account.file());
        }
    }

    private String mint(Account account) {
        return account.athleteId() == null ? tokens.issueOperatorToken(account.file())
                : tokens.issueForAthlete(account.athleteId(), account.file());
    }

    private long owner() {
        return jdbc.sql("""
                INSERT INTO athletes (name, timezone, is_owner) VALUES (?, ?, true)
                ON CONFLICT (is_owner) WHERE is_owner DO NOTHING RETURNING id""")
                .params(ownerName(), ownerZone().getId())
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("SELECT id FROM athletes WHERE is_owner").query(Long.class).single());
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
}
