package app.runaway.query;

import app.runaway.activity.ActivityReader;
import app.runaway.activity.ActivitySource;
import app.runaway.analysis.AnalysisVersions;
import app.runaway.job.Jobs;
import app.runaway.search.ActivityEmbeddings;
import java.time.Instant;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How fresh and complete the data behind an answer is, for every surface that answers (chat, the MCP server). Counting
 * a 10,000-activity history and its embedding queue on every answer cost more than the answer itself, so the counts
 * are kept per athlete under the two versions that change with them: the data version (any stored activity or
 * profile change, which also queues re-embedding) and the embedding version (vectors written). Both live in
 * PostgreSQL, so every node sees a change at once.
 */
@Component
public class DataFreshness {
    private static final int MOST_ATHLETES = 10_000;
    /** The job kinds that bring activities in: an upload, and a sync from Strava's API. */
    private static final String IMPORT = "import";
    private static final String STRAVA_SYNC = "strava-sync";

    private final ActivityReader activities;
    private final ActivityEmbeddings embeddings;
    private final AnalysisVersions versions;
    private final Jobs jobs;
    private final Map<Long, Counted> counted = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Counted> eldest) {
            return size() > MOST_ATHLETES;
        }
    };

    DataFreshness(ActivityReader activities, ActivityEmbeddings embeddings, AnalysisVersions versions, Jobs jobs) {
        this.activities = activities;
        this.embeddings = embeddings;
        this.versions = versions;
        this.jobs = jobs;
    }

    /**
     * Stored activities, the last finished import and Strava sync (null: none yet), and activities still waiting to
     * be embedded.
     */
    public record DataState(long activities, Instant lastImportAt, Instant lastSyncAt, long embeddingsPending) {
    }

    private record Counted(long dataVersion, long embeddingVersion, long activities, long stravaApiOnly,
                           long pending) {
    }

    /**
     * The state shown with an answer, and the versions it was read under, which also say whether a cached answer
     * still holds.
     *
     * @param stravaApiOnly how many of the stored activities came from Strava's API alone: what a reader under
     *                      {@link app.runaway.activity.Withholding#STRAVA_API_ONLY} does not see
     */
    public record Snapshot(long dataVersion, long embeddingVersion, DataState state, long stravaApiOnly) {
        public String cacheKey() {
            return dataVersion + "." + embeddingVersion;
        }
    }

    public Snapshot of(long athleteId) {
        var dataVersion = versions.current(athleteId);
        var embeddingVersion = embeddings.version(athleteId);
        Counted counts;
        synchronized (counted) {
            counts = counted.get(athleteId);
        }
        if (counts == null || counts.dataVersion() != dataVersion || counts.embeddingVersion() != embeddingVersion) {
            counts = new Counted(dataVersion, embeddingVersion, activities.count(athleteId),
                    activities.countOnlyFrom(athleteId, ActivitySource.STRAVA_API), embeddings.pending(athleteId));
            synchronized (counted) {
                counted.put(athleteId, counts);
            }
        }
        var last = jobs.lastSucceeded(athleteId, List.of(IMPORT, STRAVA_SYNC));
        return new Snapshot(dataVersion, embeddingVersion, new DataState(counts.activities(), last.get(IMPORT),
                last.get(STRAVA_SYNC), counts.pending()), counts.stravaApiOnly());
    }
}
