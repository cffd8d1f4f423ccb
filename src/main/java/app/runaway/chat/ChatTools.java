package app.runaway.chat;

import app.runaway.activity.Activity;
import app.runaway.activity.ActivityQuery;
import app.runaway.activity.ActivityReader;
import app.runaway.activity.ActivitySort;
import app.runaway.activity.ActivityStats;
import app.runaway.activity.FootSports;
import app.runaway.activity.PeriodTotals;
import app.runaway.analysis.AnalysisService;
import app.runaway.athlete.AthleteProfile;
import app.runaway.athlete.AthleteProfiles;
import app.runaway.coach.CoachReport;
import app.runaway.coach.FocusArea;
import app.runaway.search.SemanticSearch;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The tools behind every answer, shared by the offline engine (and, later, the LLM's tool loop): exact queries over
 * one athlete's data and the coach's analysis. The athlete always comes from the {@link AthleteScope}.
 */
@Component
class ChatTools {
    static final int MOST_ROWS = 200;

    private final ActivityReader activities;
    private final ActivityStats stats;
    private final AnalysisService analyses;
    private final AthleteProfiles profiles;
    private final SemanticSearch search;

    ChatTools(ActivityReader activities, ActivityStats stats, AnalysisService analyses, AthleteProfiles profiles,
              SemanticSearch search) {
        this.search = search;
        this.activities = activities;
        this.stats = stats;
        this.analyses = analyses;
        this.profiles = profiles;
    }

    AthleteProfile profile(AthleteScope scope) {
        return profiles.get(scope.athleteId());
    }

    /** Activities of a sport family in a period, in the given order, at most {@code limit}. */
    List<Activity> activities(AthleteScope scope, String sport, Period period, Double minDistanceM, ActivitySort sort,
                              int limit) {
        var query = new ActivityQuery(sportTypes(sport), null, null,
                period.isAllTime() ? null : period.from().atStartOfDay(),
                period.isAllTime() ? null : period.to().plusDays(1).atStartOfDay(), minDistanceM, null, sort, null,
                Math.min(limit, MOST_ROWS));
        return activities.list(scope.athleteId(), query).activities();
    }

    /** The fastest average pace among runs of at least this distance (GPS under-reads: 99 % counts). */
    java.util.Optional<Activity> fastest(AthleteScope scope, String sport, double minDistanceM, Period period) {
        return activities.fastest(scope.athleteId(), sportTypes(sport == null ? "Run" : sport), minDistanceM * 0.99,
                period.from(), period.to());
    }

    /**
     * A personal record: the fastest run of at least a race distance, and the time its average pace gives for that
     * distance.
     */
    record RaceRecord(String race, double metres, Activity run, long timeS) {
    }

    private static final List<Map.Entry<String, Double>> RACES = List.of(Map.entry("5k", 5_000.0),
            Map.entry("10k", 10_000.0), Map.entry("half marathon", 21_097.5), Map.entry("marathon", 42_195.0));

    /** The records at 5k, 10k, half and marathon in the period, for the distances some run reached. */
    List<RaceRecord> records(AthleteScope scope, Period period) {
        var records = new java.util.ArrayList<RaceRecord>();
        for (var race : RACES) {
            fastest(scope, "Run", race.getValue(), period).ifPresent(run -> records.add(new RaceRecord(race.getKey(),
                    race.getValue(), run, Math.round(run.movingTimeS() * race.getValue() / run.distanceM()))));
        }
        return records;
    }

    /** The athlete's activities closest in meaning to a text (exact cosine, plus a boost for matching words). */
    List<SemanticSearch.Hit> recall(AthleteScope scope, String text, int limit) {
        return search.search(scope.athleteId(), text, limit);
    }

    PeriodTotals.Totals totals(AthleteScope scope, String sport, Period period) {
        return stats.summary(scope.athleteId(), period.from(), period.to(), sportTypes(sport));
    }

    CoachReport analysis(AthleteScope scope, FocusArea focus) {
        return analyses.analyze(scope.athleteId(), new AnalysisService.Options(focus, null, 90, null, null));
    }

    /** "Run" means every kind of run; null means every sport. */
    static Set<String> sportTypes(String sport) {
        if (sport == null) {
            return null;
        }
        return sport.equals("Run") ? FootSports.RUNS : Set.of(sport);
    }
}
