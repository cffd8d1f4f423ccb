package app.runaway.chat;

import app.runaway.analysis.AnalysisVersions;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The same question on unchanged data gets the same answer without asking the tools again. The key holds the
 * athlete's data version (raised in the transaction of any change, on any node) and the athlete-local day, since
 * "this week" means another week tomorrow.
 */
@Component
class AnswerCache {
    private static final int MOST_ENTRIES = 5_000;

    private final AnalysisVersions versions;
    private final Map<String, ChatAnswer> answers = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ChatAnswer> eldest) {
            return size() > MOST_ENTRIES;
        }
    };

    AnswerCache(AnalysisVersions versions) {
        this.versions = versions;
    }

    /** The answer and whether it came from the cache. */
    record Cached(ChatAnswer answer, boolean hit) {
    }

    Cached get(long athleteId, String question, LocalDate today, Supplier<ChatAnswer> answer) {
        var key = athleteId + "|" + versions.current(athleteId) + "|" + today + "|"
                + question.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        synchronized (answers) {
            var cached = answers.get(key);
            if (cached != null) {
                return new Cached(cached, true);
            }
        }
        var fresh = answer.get();
        synchronized (answers) {
            answers.put(key, fresh);
        }
        return new Cached(fresh, false);
    }
}
