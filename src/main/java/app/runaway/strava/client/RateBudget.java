package app.runaway.strava.client;

import app.runaway.strava.StravaSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Strava application's rate budget, shared by every job on every node through one PostgreSQL row. A request is
 * counted (under the row's lock) before it is sent, so two nodes can never both take the last call of a window;
 * after it, Strava's {@code X-RateLimit-*} and {@code X-ReadRateLimit-*} headers correct the limits and raise the
 * usage if Strava counted more (other clients of the same application). Windows follow Strava's: 15 minutes from
 * :00, :15, :30 and :45, and a day from midnight UTC.
 */
@Repository
class RateBudget {
    /** Strava's defaults for a new application, until its headers say otherwise. */
    private static final Limits DEFAULTS = new Limits(200, 2000, 100, 1000);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final StravaSettings settings;
    private final String application;

    RateBudget(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, StravaSettings settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
        this.application = String.valueOf(settings.clientId());
    }

    /** The windows a request was counted in; its response's usage is believed only for those. */
    record Reservation(Instant shortWindow, Instant dailyWindow) {
    }

    private record Limits(int shortLimit, int dailyLimit, int readShortLimit, int readDailyLimit) {
    }

    /** Usage and limits as Strava's headers state them; null where a header was missing or unreadable. */
    record Reported(Integer shortUsage, Integer dailyUsage, Integer shortLimit, Integer dailyLimit,
                    Integer readShortUsage, Integer readDailyUsage, Integer readShortLimit, Integer readDailyLimit) {
        boolean dailyExhausted() {
            return reached(dailyUsage, dailyLimit) || reached(readDailyUsage, readDailyLimit);
        }

        private static boolean reached(Integer usage, Integer limit) {
            return usage != null && limit != null && usage >= limit;
        }
    }

    private record Row(Instant shortWindow, Instant dailyWindow, int shortUsage, int shortLimit, int dailyUsage,
                       int dailyLimit, int readShortUsage, int readShortLimit, int readDailyUsage,
                       int readDailyLimit) {
    }

    /**
     * Counts one read request, or throws {@link StravaApiException.RateLimited} with the time the budget has room
     * again. Requests are not sent in the last moment of a window ({@code windowGuard}): one that reached Strava
     * after the window turned would count in the next one, which this node did not count it in.
     */
    Reservation reserve() {
        var now = clock.instant();
        var shortEnd = windowStart(now, settings.shortWindow()).plus(settings.shortWindow());
        if (Duration.between(now, shortEnd).compareTo(settings.windowGuard()) < 0) {
            sleepUntil(shortEnd);
            now = clock.instant();
        }
        var at = now;
        var outcome = transaction.execute(status -> reserveAt(at));
        if (outcome instanceof Instant until) {
            throw new StravaApiException.RateLimited(until, "Strava's rate budget is spent until " + until);
        }
        return (Reservation) outcome;
    }

    private Object reserveAt(Instant now) {
        var shortWindow = windowStart(now, settings.shortWindow());
        var dailyWindow = windowStart(now, settings.dailyWindow());
        var row = current(shortWindow, dailyWindow);
        if (row.dailyUsage() + 1 > row.dailyLimit() || row.readDailyUsage() + 1 > row.readDailyLimit()) {
            return dailyWindow.plus(settings.dailyWindow());
        }
        if (row.shortUsage() + 1 > row.shortLimit() || row.readShortUsage() + 1 > row.readShortLimit()) {
            return shortWindow.plus(settings.shortWindow());
        }
        jdbc.sql("""
                UPDATE strava_rate_budget SET short_window_start = ?, daily_window_start = ?,
                       short_usage = ?, daily_usage = ?, read_short_usage = ?, read_daily_usage = ?
                 WHERE application = ?""")
                .params(Timestamp.from(shortWindow), Timestamp.from(dailyWindow), row.shortUsage() + 1,
                        row.dailyUsage() + 1, row.readShortUsage() + 1, row.readDailyUsage() + 1, application)
                .update();
        return new Reservation(shortWindow, dailyWindow);
    }

    /** The row under lock, with the usage of windows that have passed set back to zero. */
    private Row current(Instant shortWindow, Instant dailyWindow) {
        jdbc.sql("""
                INSERT INTO strava_rate_budget (application, short_window_start, daily_window_start, short_usage,
                       short_limit, daily_usage, daily_limit, read_short_usage, read_short_limit, read_daily_usage,
                       read_daily_limit)
                VALUES (?, ?, ?, 0, ?, 0, ?, 0, ?, 0, ?) ON CONFLICT (application) DO NOTHING""")
                .params(application, Timestamp.from(shortWindow), Timestamp.from(dailyWindow), DEFAULTS.shortLimit(),
                        DEFAULTS.dailyLimit(), DEFAULTS.readShortLimit(), DEFAULTS.readDailyLimit())
                .update();
        var row = jdbc.sql("SELECT * FROM strava_rate_budget WHERE application = ? FOR UPDATE").param(application)
                .query((rs, n) -> new Row(instant(rs.getObject("short_window_start", OffsetDateTime.class)),
                        instant(rs.getObject("daily_window_start", OffsetDateTime.class)), rs.getInt("short_usage"),
                        rs.getInt("short_limit"), rs.getInt("daily_usage"), rs.getInt("daily_limit"),
                        rs.getInt("read_short_usage"), rs.getInt("read_short_limit"), rs.getInt("read_daily_usage"),
                        rs.getInt("read_daily_limit")))
                .single();
        var shortPassed = row.shortWindow().isBefore(shortWindow);
        var dayPassed = row.dailyWindow().isBefore(dailyWindow);
        return new Row(shortWindow, dailyWindow, shortPassed ? 0 : row.shortUsage(), row.shortLimit(),
                dayPassed ? 0 : row.dailyUsage(), row.dailyLimit(), shortPassed ? 0 : row.readShortUsage(),
                row.readShortLimit(), dayPassed ? 0 : row.readDailyUsage(), row.readDailyLimit());
    }

    /** Takes in what Strava's headers say: limits always, usage only for the windows the request was counted in. */
    void record(Reservation reservation, Reported reported) {
        jdbc.sql("""
                UPDATE strava_rate_budget SET
                       short_limit = coalesce(CAST(:shortLimit AS integer), short_limit),
                       daily_limit = coalesce(CAST(:dailyLimit AS integer), daily_limit),
                       read_short_limit = coalesce(CAST(:readShortLimit AS integer), read_short_limit),
                       read_daily_limit = coalesce(CAST(:readDailyLimit AS integer), read_daily_limit),
                       short_usage = CASE WHEN short_window_start = :shortWindow
                                          THEN greatest(short_usage, coalesce(CAST(:shortUsage AS integer), 0)) ELSE short_usage END,
                       read_short_usage = CASE WHEN short_window_start = :shortWindow
                                          THEN greatest(read_short_usage, coalesce(CAST(:readShortUsage AS integer), 0))
                                          ELSE read_short_usage END,
                       daily_usage = CASE WHEN daily_window_start = :dailyWindow
                                          THEN greatest(daily_usage, coalesce(CAST(:dailyUsage AS integer), 0)) ELSE daily_usage END,
                       read_daily_usage = CASE WHEN daily_window_start = :dailyWindow
                                          THEN greatest(read_daily_usage, coalesce(CAST(:readDailyUsage AS integer), 0))
                                          ELSE read_daily_usage END
                 WHERE application = :application""")
                .param("shortLimit", reported.shortLimit()).param("dailyLimit", reported.dailyLimit())
                .param("readShortLimit", reported.readShortLimit()).param("readDailyLimit", reported.readDailyLimit())
                .param("shortUsage", reported.shortUsage()).param("dailyUsage", reported.dailyUsage())
                .param("readShortUsage", reported.readShortUsage()).param("readDailyUsage", reported.readDailyUsage())
                .param("shortWindow", Timestamp.from(reservation.shortWindow()))
                .param("dailyWindow", Timestamp.from(reservation.dailyWindow()))
                .param("application", application)
                .update();
    }

    /**
     * Strava answered 429: the window is spent whatever was counted, for every job on every node. Answers when to
     * try again: the next daily window when the headers show the day spent, else the next short window.
     */
    Instant exhausted(Reservation reservation, Reported reported) {
        var daily = reported.dailyExhausted();
        // the window spent is the one the answer came in: a request reserved just before a window ended can reach
        // Strava (and be refused) in the next one, and marking or waiting out only the reserved window would send
        // straight into the window Strava just refused
        var window = daily ? settings.dailyWindow() : settings.shortWindow();
        var reserved = daily ? reservation.dailyWindow() : reservation.shortWindow();
        var answered = windowStart(clock.instant(), window);
        var refused = answered.isAfter(reserved) ? answered : reserved;
        jdbc.sql(daily
                        ? """
                          UPDATE strava_rate_budget SET daily_window_start = ?,
                                 daily_usage = greatest(daily_usage, daily_limit),
                                 read_daily_usage = greatest(read_daily_usage, read_daily_limit)
                           WHERE application = ? AND daily_window_start <= ?"""
                        : """
                          UPDATE strava_rate_budget SET short_window_start = ?,
                                 short_usage = greatest(short_usage, short_limit),
                                 read_short_usage = greatest(read_short_usage, read_short_limit)
                           WHERE application = ? AND short_window_start <= ?""")
                .params(Timestamp.from(refused), application, Timestamp.from(refused))
                .update();
        return refused.plus(window);
    }

    /** Whether at least {@code reserve} of every window's budget would still be left after one more request. */
    boolean spare(double reserve) {
        var now = clock.instant();
        Boolean spare = transaction.execute(status -> {
            var row = current(windowStart(now, settings.shortWindow()), windowStart(now, settings.dailyWindow()));
            return left(row.shortUsage(), row.shortLimit(), reserve) && left(row.dailyUsage(), row.dailyLimit(), reserve)
                    && left(row.readShortUsage(), row.readShortLimit(), reserve)
                    && left(row.readDailyUsage(), row.readDailyLimit(), reserve);
        });
        return Boolean.TRUE.equals(spare);
    }

    private static boolean left(int usage, int limit, double reserve) {
        return usage + 1 <= limit * (1 - reserve);
    }

    /** Windows are aligned to the epoch, which is midnight UTC on a quarter hour, as Strava's are. */
    static Instant windowStart(Instant now, Duration window) {
        var length = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
    }

    private void sleepUntil(Instant when) {
        var millis = Duration.between(clock.instant(), when).toMillis();
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StravaApiException.Unavailable("interrupted while waiting for the next rate window");
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }
}
