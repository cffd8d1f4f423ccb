package app.runaway.chat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The same question on unchanged data gets the same answer without asking the tools (or the model) again. The key
 * holds the athlete's data and embedding versions (raised with any change, on any node: activities, profile, goals,
 * memory, vectors written) and the athlete-local day, since "this week" means another week tomorrow. Each node keeps
 * its own: a miss only costs a fresh answer.
 */
@Component
class AnswerCache {
    private static final int MOST_ENTRIES = 5_000;

    private final Map<String, Object> answers = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MOST_ENTRIES;
        }
    };

    /** The answer and whether it came from the cache. */
    record Cached<T>(T answer, boolean hit) {
    }

    /**
     * The cached answer, else a fresh one, kept when {@code keep} says asking again would give the same.
     *
     * @param versions     the athlete's data versions as read for this answer
     * @param conversation what else the answer depends on besides the data and the day ("" for nothing)
     */
    @SuppressWarnings("unchecked")
    <T> Cached<T> get(long athleteId, String versions, String conversation, String question, LocalDate today,
                      Supplier<T> answer, Predicate<T> keep) {
        var key = athleteId + "|" + versions + "|" + today + "|" + conversation + "|"
                + question.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        synchronized (answers) {
            var cached = answers.get(key);
            if (cached != null) {
                return new Cached<>((T) cached, true);
            }
        }
        var fresh = answer.get();
        if (keep.test(fresh)) {
            synchronized (answers) {
                answers.put(key, fresh);
            }
        }
        return new Cached<>(fresh, false);
    }
}
