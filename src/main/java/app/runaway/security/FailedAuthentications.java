package app.runaway.security;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed authentications per client address, counted in PostgreSQL so that the limit holds across nodes: a client
 * guessing tokens round-robin over several nodes is counted once. Fixed windows: an address's window starts with
 * its first failure and lasts {@link SecuritySettings#failedAuthWindow()}; past the limit it is refused until the
 * window ends. The database's clock decides, so all nodes agree on when a window ends.
 */
@Repository
class FailedAuthentications {
    private final JdbcClient jdbc;
    private final SecuritySettings settings;

    FailedAuthentications(JdbcClient jdbc, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The failures of an address in its current window (this one included), and how long the window still lasts. */
    record Tally(int failures, Duration windowLeft) {
        /** The seconds until the window ends, rounded up and at least 1: what {@code Retry-After} says. */
        long retryAfterSeconds() {
            return Math.max(1, (windowLeft.toMillis() + 999) / 1000);
        }
    }

    /**
     * Counts one failed authentication of an address when failures are limited, and answers the tally when the
     * address is past the limit (the request is to be refused); empty otherwise.
     */
    java.util.Optional<Tally> refusal(String clientAddress) {
        if (!settings.limitsFailedAuthentications()) {
            return java.util.Optional.empty();
        }
        var tally = count(clientAddress);
        return pastTheLimit(tally) ? java.util.Optional.of(tally) : java.util.Optional.empty();
    }

    /**
     * Counts one failure of an address. One statement counts and reads, so simultaneous failures on any node are all
     * counted.
     */
    Tally count(String clientAddress) {
        var window = settings.failedAuthWindow().toMillis() + " milliseconds";
        var tally = jdbc.sql("""
                INSERT INTO auth_failures AS f (client_address, window_start, failures) VALUES (:address, now(), 1)
                ON CONFLICT (client_address) DO UPDATE
                   SET failures = CASE WHEN f.window_start <= now() - :window::interval THEN 1 ELSE f.failures + 1 END,
                       window_start = CASE WHEN f.window_start <= now() - :window::interval THEN now()
                                           ELSE f.window_start END
                RETURNING failures,
                          greatest(0, extract(epoch FROM window_start + :window::interval - now()) * 1000)::bigint""")
                .param("address", clientAddress)
                .param("window", window)
                .query((rs, row) -> new Tally(rs.getInt(1), Duration.ofMillis(rs.getLong(2))))
                .single();
        if (tally.failures() == 1) {
            // a new window: the moment to drop the rows of addresses whose windows are long over
            jdbc.sql("DELETE FROM auth_failures WHERE window_start < now() - 2 * :window::interval")
                    .param("window", window).update();
        }
        return tally;
    }

    boolean pastTheLimit(Tally tally) {
        return settings.limitsFailedAuthentications() && tally.failures() > settings.failedAuthLimit();
    }
}
