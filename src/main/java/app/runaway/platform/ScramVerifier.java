package app.runaway.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802 / RFC 7677, in PostgreSQL's
 * {@code SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>} form). Runaway sends the verifier, never the
 * password, in {@code ALTER ROLE ... PASSWORD}: a statement that lands in a server log or an error message then
 * holds nothing that logs in.
 */
final class ScramVerifier {
    /** PostgreSQL's own default (scram_iterations). */
    private static final int ITERATIONS = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ScramVerifier() {
    }

    /**
     * The verifier of a password. SASLprep leaves printable ASCII unchanged, and Runaway's generated passwords are
     * base64url, so the JDK's PBKDF2 (which encodes the characters as UTF-8) sees exactly the bytes PostgreSQL does.
     */
    static String of(String password) {
        if (!password.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("only printable ASCII passwords are verified here");
        }
        try {
            var salt = new byte[16];
            RANDOM.nextBytes(salt);
            var spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
            var salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            var clientKey = hmac(salted, "Client Key");
            var storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
            var serverKey = hmac(salted, "Server Key");
            var base64 = Base64.getEncoder();
            return "SCRAM-SHA-256$" + ITERATIONS + ":" + base64.encodeToString(salt) + "$"
                    + base64.encodeToString(storedKey) + ":" + base64.encodeToString(serverKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 and HmacSHA256 are part of every JDK", e);
        }
    }

    private static byte[] hmac(byte[] key, String message) throws GeneralSecurityException {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.US_ASCII));
    }
}
