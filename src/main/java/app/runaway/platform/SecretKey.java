package app.runaway.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The service's master secret: `RUNAWAY_SECRET_KEY` (base64 of 32 random bytes, e.g. {@code openssl rand -base64 32};
 * every node of a cluster needs the same), else a key generated once into the home as {@code secret.key}, readable
 * by its owner only. Each use gets its own key derived from it (HMAC-SHA256 of the purpose), so a key for signing
 * OAuth states never encrypts tokens. The key itself is never logged.
 */
@Component
public class SecretKey {
    private static final Logger log = LoggerFactory.getLogger(SecretKey.class);
    private static final String FILE = "secret.key";

    private final byte[] master;

    SecretKey(@Value("${runaway.secret-key:}") String configured, RunawayHome home) {
        this.master = configured == null || configured.isBlank() ? fromHome(home) : decode(configured.strip(),
                "RUNAWAY_SECRET_KEY");
    }

    /** A 32-byte key for one purpose ("strava-tokens", "oauth-state"). */
    public byte[] derive(String purpose) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] fromHome(RunawayHome home) {
        var file = home.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                var key = new byte[32];
                new SecureRandom().nextBytes(key);
                home.writeSecret(FILE, Base64.getEncoder().encodeToString(key));
                log.info("Generated a secret key for encrypting stored credentials at {} (set RUNAWAY_SECRET_KEY to "
                        + "share one key between nodes)", file);
            }
            return decode(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    private static byte[] decode(String text, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " must be base64 of 32 random bytes (openssl rand -base64 32)");
        }
        if (key.length < 32) {
            throw new IllegalStateException(where + " must hold at least 32 bytes (openssl rand -base64 32)");
        }
        return key;
    }
}
