package app.runaway.analysis;

import app.runaway.coach.CoachReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps analyses for 24 hours per athlete and request. The key holds a version of the athlete's data (activities,
 * profile, goals, illness or injury), read from the database on every request, so that a change on any node makes
 * every node's entry unreachable: no node has to tell the others.
 */
@Component
class AnalysisCache {
    static final Duration TIME_TO_LIVE = Duration.ofHours(24);
    private static final int MOST_ENTRIES = 2_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Cached> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > MOST_ENTRIES;
        }
    };

    AnalysisCache(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Cached(CoachReport report, Instant expires) {
    }

    CoachReport get(long athleteId, String request, Supplier<CoachReport> analysis) {
        var key = athleteId + "|" + request + "|" + dataVersion(athleteId);
        var now = clock.instant();
        synchronized (entries) {
            var entry = entries.get(key);
            if (entry != null && entry.expires().isAfter(now)) {
                return entry.report();
            }
        }
        var report = analysis.get();
        synchronized (entries) {
            entries.put(key, new Cached(report, now.plus(TIME_TO_LIVE)));
        }
        return report;
    }

    /** Changes whenever anything the analysis reads changes: counts and last-change times of each input. */
    private String dataVersion(long athleteId) {
        return jdbc.sql("""
                SELECT (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '')
                          FROM activities WHERE athlete_id = :id)
                    || '|' || (SELECT updated_at::text FROM athletes WHERE id = :id)
                    || '|' || (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '')
                                 FROM goals WHERE athlete_id = :id)
                    || '|' || (SELECT coalesce(md5(string_agg(id || status || starts_on || coalesce(ends_on::text, '-'),
                                                              ',' ORDER BY id)), '')
                                 FROM athlete_status_periods WHERE athlete_id = :id)""")
                .param("id", athleteId)
                .query(String.class)
                .single();
    }
}
