package app.runaway.strava;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * {@code RUNAWAY_STRAVA_RETENTION_DAYS}: for operators bound by a retention limit on data from Strava's API. What
 * Strava last sent longer ago than that is forgotten like a disconnect forgets it (an activity also imported from
 * the athlete's own export or files stays). Runs on every node; deleting twice is harmless.
 */
@Component
class StravaRetention implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(StravaRetention.class);
    private static final int BATCH = 1000;

    private final StravaActivities activities;
    private final StravaSettings settings;
    private final Clock clock;
    private volatile Thread loop;

    StravaRetention(StravaActivities activities, StravaSettings settings, Clock clock) {
        this.activities = activities;
        this.settings = settings;
        this.clock = clock;
    }

    /** Forgets what is past retention now; answers how many activities were deleted. */
    int expire() {
        if (settings.retentionDays() == null) {
            return 0;
        }
        var cutoff = clock.instant().minus(Duration.ofDays(settings.retentionDays()));
        var deleted = 0;
        while (true) {
            var due = activities.receivedBefore(cutoff, BATCH);
            if (due.isEmpty()) {
                break;
            }
            for (var athlete : due.entrySet()) {
                deleted += activities.expire(athlete.getKey(), athlete.getValue()).deleted();
            }
        }
        if (deleted > 0) {
            log.info("Strava retention ({} days): {} activities from Strava's API deleted", settings.retentionDays(),
                    deleted);
        }
        return deleted;
    }

    @Override
    public void start() {
        if (settings.retentionDays() == null || !settings.configured()) {
            return;
        }
        loop = Thread.ofVirtual().name("strava-retention").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    expire();
                    Thread.sleep(settings.retentionCheck().toMillis());
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    log.warn("Strava retention failed ({}); trying again later", e.getMessage());
                    try {
                        Thread.sleep(settings.retentionCheck().toMillis());
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }
        });
    }

    @Override
    public void stop() {
        var thread = loop;
        if (thread != null) {
            thread.interrupt();
        }
        loop = null;
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }
}
