package app.runaway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Issues and checks bearer tokens. A token is 32 random bytes; only its SHA-256 is stored, so a database dump
 * reveals no usable token (a fast hash is enough for 256 bits of entropy: there is nothing to brute-force).
 */
@Repository
public class AccessTokens {
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

    /** Registers a token that already exists outside the database (a token file written by an earlier run). */
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

    public Optional<Holder> lookup(String token) {
        return jdbc.sql("SELECT athlete_id, role FROM access_tokens WHERE token_hash = ?")
                .param(hash(token))
                .query((rs, row) -> new Holder((Long) rs.getObject("athlete_id"), "operator".equals(rs.getString("role"))))
                .optional();
    }

    public Optional<Long> athleteOf(String token) {
        return lookup(token).filter(holder -> !holder.operator()).map(Holder::athleteId);
    }

    /** Who holds a token: an athlete, or the operator. */
    public record Holder(Long athleteId, boolean operator) {
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
