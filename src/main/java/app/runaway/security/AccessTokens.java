package app.runaway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Issues, checks, lists and revokes bearer tokens. A token is 32 random bytes; only its SHA-256 is stored, so a
 * database dump reveals no usable token (a fast hash is enough for 256 bits of entropy: there is nothing to
 * brute-force). Every request looks its token up in the database, so a revocation holds from the next request on,
 * on every node.
 */
@Repository
public class AccessTokens {
    /** The longest text looked up as a token (ours are 43 characters). */
    static final int LONGEST_TOKEN = 256;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    AccessTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String issueForAthlete(long athleteId, String label) {
        var token = newToken();
        register(token, athleteId, label);
        return token;
    }

    public String issueOperatorToken(String label) {
        var token = newToken();
        registerOperator(token, label);
        return token;
    }

    /**
     * Registers a token that already exists outside the database (a token file written by an earlier run). A token
     * known already, revoked or not, stays as it is: a revoked token never comes back.
     */
    public void register(String token, long athleteId, String label) {
        jdbc.sql("""
                INSERT INTO access_tokens (token_hash, athlete_id, role, label) VALUES (?, ?, 'athlete', ?)
                ON CONFLICT (token_hash) DO NOTHING""")
                .params(hash(token), athleteId, label)
                .update();
    }

    public void registerOperator(String token, String label) {
        jdbc.sql("""
                INSERT INTO access_tokens (token_hash, athlete_id, role, label) VALUES (?, NULL, 'operator', ?)
                ON CONFLICT (token_hash) DO NOTHING""")
                .params(hash(token), label)
                .update();
    }

    /**
     * Who holds a token that is in force (known and not revoked). Its last use is recorded when the one on record
     * is older than five minutes: a request writes at most that often per token, not every time.
     */
    public Optional<Holder> lookup(String token) {
        if (token == null || token.isEmpty() || token.length() > LONGEST_TOKEN) {
            return Optional.empty(); // no token of ours is that long: not worth a hash and a query
        }
        var found = jdbc.sql("""
                SELECT id, athlete_id, role, last_used_at IS NULL OR last_used_at < now() - interval '5 minutes'
                  FROM access_tokens WHERE token_hash = ? AND revoked_at IS NULL""")
                .param(hash(token))
                .query((rs, row) -> new Found(new Holder(rs.getLong(1), (Long) rs.getObject(2),
                        "operator".equals(rs.getString(3))), rs.getBoolean(4)))
                .optional();
        found.filter(Found::useIsStale).ifPresent(f -> jdbc.sql(
                "UPDATE access_tokens SET last_used_at = now() WHERE id = ? AND revoked_at IS NULL")
                .param(f.holder().tokenId()).update());
        return found.map(Found::holder);
    }

    /** The athlete of a token in force; none for an unknown, revoked or operator token. */
    public Optional<Long> athleteOf(String token) {
        return lookup(token).filter(holder -> !holder.operator()).map(Holder::athleteId);
    }

    private record Found(Holder holder, boolean useIsStale) {
    }

    /** Who holds a token: an athlete, or the operator; {@code tokenId} names the token for listing and revoking. */
    public record Holder(long tokenId, Long athleteId, boolean operator) {
    }

    /** What the database knows of a token (a token file's, at start): in force, revoked, or nothing. */
    public enum Standing { ACTIVE, REVOKED, UNKNOWN }

    /** A token's standing, and whose it is (null for the operator or an unknown token). */
    public record Known(Standing standing, Long athleteId, boolean operator) {
    }

    public Known standing(String token) {
        return jdbc.sql("SELECT athlete_id, role, revoked_at IS NOT NULL FROM access_tokens WHERE token_hash = ?")
                .param(hash(token))
                .query((rs, row) -> new Known(rs.getBoolean(3) ? Standing.REVOKED : Standing.ACTIVE,
                        (Long) rs.getObject(1), "operator".equals(rs.getString(2))))
                .optional()
                .orElse(new Known(Standing.UNKNOWN, null, false));
    }

    /** Whether an athlete (or, with null, the operator) has any token in force. */
    public boolean hasActive(Long athleteId) {
        return jdbc.sql("""
                SELECT count(*) FROM access_tokens
                 WHERE revoked_at IS NULL AND (athlete_id = ? OR (?::bigint IS NULL AND role = 'operator'))""")
                .params(athleteId, athleteId)
                .query(Long.class).single() > 0;
    }

    /** A token as listed: never the token, nor its hash. */
    public record Listed(long id, String label, String role, Long athleteId, Instant createdAt, Instant lastUsedAt) {
    }

    /** The tokens in force of an athlete (or, with null, the operator's), oldest first. */
    List<Listed> list(Long athleteId) {
        return jdbc.sql("""
                SELECT id, label, role, athlete_id, created_at, last_used_at FROM access_tokens
                 WHERE revoked_at IS NULL AND (athlete_id = ? OR (?::bigint IS NULL AND role = 'operator'))
                 ORDER BY created_at, id""")
                .params(athleteId, athleteId)
                .query((rs, row) -> new Listed(rs.getLong("id"), rs.getString("label"), rs.getString("role"),
                        (Long) rs.getObject("athlete_id"), instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class))))
                .list();
    }

    /** Revokes a token in force of an athlete (or, with null, of the operator); false when it has none by that id. */
    boolean revoke(Long athleteId, long tokenId) {
        return jdbc.sql("""
                UPDATE access_tokens SET revoked_at = now()
                 WHERE id = ? AND revoked_at IS NULL AND (athlete_id = ? OR (?::bigint IS NULL AND role = 'operator'))""")
                .params(tokenId, athleteId, athleteId)
                .update() == 1;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
