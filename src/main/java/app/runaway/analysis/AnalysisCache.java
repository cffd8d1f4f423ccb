package app.runaway.analysis;

import app.runaway.coach.CoachReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Keeps analyses for 24 hours per athlete and request. The key holds the version of the athlete's data (see
 * {@link AnalysisVersions}), read from the database on every request, so that a change on any node makes every
 * node's entry unreachable: no node has to tell the others.
 */
@Component
class AnalysisCache {
    static final Duration TIME_TO_LIVE = Duration.ofHours(24);
    private static final int MOST_ENTRIES = 2_000;

    private final AnalysisVersions versions;
    private final Clock clock;
    private final Map<String, Cached> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > MOST_ENTRIES;
        }
    };

    AnalysisCache(AnalysisVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    private record Cached(Object value, Instant expires) {
    }

    /** The value computed for this request on the athlete's current data: an analysis, or a dashboard's history. */
    @SuppressWarnings("unchecked")
    <T> T get(long athleteId, String request, Supplier<T> analysis) {
        var key = athleteId + "|" + request + "|" + versions.current(athleteId);
        var now = clock.instant();
        synchronized (entries) {
            var entry = entries.get(key);
            if (entry != null && entry.expires().isAfter(now)) {
                return (T) entry.value();
            }
        }
        var report = analysis.get();
        synchronized (entries) {
            entries.put(key, new Cached(report, now.plus(TIME_TO_LIVE)));
        }
        return report;
    }
}
