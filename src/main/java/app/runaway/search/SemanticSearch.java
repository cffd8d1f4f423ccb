package app.runaway.search;

import app.runaway.activity.Activity;
import app.runaway.activity.ActivityReader;
import app.runaway.activity.Withholding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Finds an athlete's activities by meaning: exact cosine similarity over that athlete's vectors only, combined with
 * PostgreSQL full-text search on names and descriptions.
 *
 * <p>Scoring: a candidate is one of the best {@code 3k} by cosine or of the best {@code 3k} full-text matches. Its
 * score is its cosine similarity plus {@code textBoost} (0.1 by default) times its full-text rank divided by the best
 * full-text rank of the query, so a literal match of the words lifts an activity by up to 0.1 (about the gap between
 * a related and an unrelated summary with this model) without letting a weak word overlap beat a clearly closer
 * meaning. An activity not embedded yet scores on its text alone.
 */
@Service
public class SemanticSearch {
    private final EmbeddingModel model;
    private final AthleteVectorCache vectors;
    private final ActivityReader activities;
    private final double textBoost;

    SemanticSearch(EmbeddingModel model, AthleteVectorCache vectors, ActivityReader activities,
                   SearchSettings settings) {
        this.model = model;
        this.vectors = vectors;
        this.activities = activities;
        this.textBoost = settings.textBoost();
    }

    /**
     * @param activity the activity found
     * @param score what the hits are ordered by: similarity plus the full-text boost
     * @param similarity cosine similarity of the query and the activity's summary (0 when not embedded yet)
     * @param textMatch whether the query's words occur in the name or description
     */
    public record Hit(Activity activity, double score, double similarity, boolean textMatch) {
    }

    /**
     * The athlete's {@code k} activities best matching the text, best first. The athlete id must come from the
     * caller's authenticated session; nothing in the text can widen the search beyond that athlete.
     */
    public List<Hit> search(long athleteId, String query, int k) {
        return search(athleteId, query, k, Withholding.NONE);
    }

    /**
     * The same, leaving out what the rule withholds: a withheld activity is passed over and the next best one taken,
     * from twice the candidates, so that an athlete whose history is mostly withheld still gets hits when any fit.
     */
    public List<Hit> search(long athleteId, String query, int k, Withholding withholding) {
        if (query == null || query.isBlank() || k <= 0) {
            return List.of();
        }
        var queryVector = EmbeddingWorker.normalised(model.embed(query).content().vector());
        var athleteVectors = vectors.current(athleteId);
        var pool = (withholding == Withholding.NONE ? 3 : 6) * k;
        var candidates = new HashMap<Long, Candidate>();
        for (var scored : athleteVectors.top(queryVector, pool)) {
            candidates.put(scored.activityId(), new Candidate(scored.activityId(), scored.similarity(), 0));
        }
        var matches = activities.textMatches(athleteId, query, pool);
        var bestRank = matches.stream().mapToDouble(ActivityReader.TextMatch::rank).max().orElse(1);
        for (var match : matches) {
            var known = candidates.get(match.activityId());
            var similarity = known != null ? known.similarity()
                    : nullToZero(athleteVectors.similarity(match.activityId(), queryVector));
            candidates.put(match.activityId(), new Candidate(match.activityId(), similarity,
                    bestRank > 0 ? match.rank() / bestRank : 1));
        }
        var ranked = candidates.values().stream().sorted(Comparator.comparingDouble(this::score).reversed()).toList();
        var hits = new ArrayList<Hit>(k);
        for (var candidate : ranked) {
            // Read back bound to the athlete: a vector of a since-deleted activity simply drops out.
            activities.find(athleteId, candidate.activityId()).filter(activity -> !withholding.hides(activity))
                    .ifPresent(activity -> hits.add(new Hit(activity, score(candidate), candidate.similarity(),
                            candidate.textRank() > 0)));
            if (hits.size() == k) {
                break;
            }
        }
        return List.copyOf(hits);
    }

    private record Candidate(long activityId, double similarity, double textRank) {
    }

    private double score(Candidate candidate) {
        return candidate.similarity() + textBoost * candidate.textRank();
    }

    private static double nullToZero(Float value) {
        return value == null ? 0 : value;
    }
}
