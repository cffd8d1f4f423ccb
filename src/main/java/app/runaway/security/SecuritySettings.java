package app.runaway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bearer tokens: how failed authentications are limited, and whether a start may mint tokens for accounts that
 * already have some.
 *
 * @param failedAuthLimit  unknown or revoked tokens one client address may send per window before it is answered
 *                         429 for the rest of the window (0 turns the limit off); requests with a valid token are
 *                         never counted nor slowed
 * @param failedAuthWindow the window those failures are counted in
 * @param mintTokens       whether a start mints new owner and operator tokens (and registers a home's token files)
 *                         although the database already has active tokens for those accounts, e.g. another home on
 *                         the same shared database created them; by default it does not, and says so in the log
 */
@ConfigurationProperties("runaway.security")
public record SecuritySettings(Integer failedAuthLimit, Duration failedAuthWindow, Boolean mintTokens) {

    public SecuritySettings {
        failedAuthLimit = failedAuthLimit == null ? 20 : failedAuthLimit;
        failedAuthWindow = failedAuthWindow == null ? Duration.ofMinutes(1) : failedAuthWindow;
        mintTokens = mintTokens != null && mintTokens;
        if (failedAuthLimit < 0 || failedAuthWindow.toSeconds() < 1) {
            throw new IllegalArgumentException("runaway.security: failed-auth-limit must be 0 or more, "
                    + "failed-auth-window at least 1s");
        }
    }

    public boolean limitsFailedAuthentications() {
        return failedAuthLimit > 0;
    }
}
