package app.runaway.strava;

import app.runaway.platform.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The OAuth {@code state}: "nonce.athlete.expiry.signature", signed with HMAC-SHA256 under a key of its own, bound to
 * the athlete who asked (or to a sign-up), valid for 10 minutes and once: issuing stores the nonce, a callback
 * deletes it, so a replayed callback finds nothing. A state issued for the web app is marked so (its callback must
 * come back to the browser session that holds it, and answers with a redirect rather than JSON).
 */
@Repository
class OAuthStates {
    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final String SIGN_UP = "signup";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    OAuthStates(JdbcClient jdbc, Clock clock, SecretKey secrets) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = new SecretKeySpec(secrets.derive("oauth-state"), "HmacSHA256");
    }

    /** What a callback's state turned out to be. */
    sealed interface Check {
        /** Whether the state was issued for the web app (known only for a state this service issued). */
        boolean browser();

        /** A state this service issued, unexpired and unused; {@code athleteId} null for a sign-up. */
        record Accepted(Long athleteId, boolean browser) implements Check {
        }

        /**
         * @param expired whether the state was genuine but late (the runner only needs to start again)
         * @param athleteId the athlete it named, for a genuine state (null for a sign-up or a forgery)
         */
        record Refused(String reason, boolean expired, boolean browser, Long athleteId) implements Check {
            Refused(String reason) {
                this(reason, false, false, null);
            }
        }
    }

    /** A new state for the JSON API's flow, for the athlete (null: a sign-up), expiring in 10 minutes. */
    String issue(Long athleteId) {
        return issue(athleteId, false);
    }

    /** A new state for the athlete (null: a sign-up), for the web app's flow or the JSON API's. */
    String issue(Long athleteId, boolean browser) {
        var bytes = new byte[18];
        random.nextBytes(bytes);
        var nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var expires = clock.instant().plus(LIFETIME);
        jdbc.sql("INSERT INTO strava_oauth_states (nonce, athlete_id, expires_at, for_browser) "
                        + "VALUES (?, ?, ?, ?)")
                .params(nonce, athleteId, Timestamp.from(expires), browser).update();
        jdbc.sql("DELETE FROM strava_oauth_states WHERE expires_at < ?")
                .param(Timestamp.from(clock.instant().minus(LIFETIME))).update();
        var unsigned = nonce + "." + (athleteId == null ? SIGN_UP : athleteId) + "." + expires.getEpochSecond();
        return unsigned + "." + sign(unsigned);
    }

    /** Checks and uses up a state: a forged, expired or replayed one is refused with the reason. */
    Check consume(String state) {
        var parts = state == null ? new String[0] : state.split("\\.");
        if (parts.length != 4) {
            return new Check.Refused("is not a state this service issued");
        }
        var unsigned = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(sign(unsigned).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return new Check.Refused("has a wrong signature: it was not issued by this service");
        }
        Long athleteId = parts[1].equals(SIGN_UP) ? null : Long.parseLong(parts[1]);
        if (Instant.ofEpochSecond(Long.parseLong(parts[2])).isBefore(clock.instant())) {
            var browser = jdbc.sql("DELETE FROM strava_oauth_states WHERE nonce = ? RETURNING for_browser")
                    .param(parts[0]).query(Boolean.class).optional().orElse(false);
            return new Check.Refused("has expired (a state is valid for 10 minutes): connect again", true, browser,
                    athleteId);
        }
        var used = jdbc.sql("DELETE FROM strava_oauth_states WHERE nonce = ? RETURNING athlete_id, for_browser")
                .param(parts[0]).query((rs, row) -> new Bound((Long) rs.getObject(1), rs.getBoolean(2)))
                .optional();
        if (used.isEmpty()) {
            return new Check.Refused("was already used: connect again");
        }
        if (!java.util.Objects.equals(used.get().athleteId(), athleteId)) {
            return new Check.Refused("is not bound to the athlete it names");
        }
        return new Check.Accepted(athleteId, used.get().browser());
    }

    /** The athlete a stored state was issued to (null for a sign-up), and whether for the web app. */
    private record Bound(Long athleteId, boolean browser) {
    }

    private String sign(String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
