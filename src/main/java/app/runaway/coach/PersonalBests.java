package app.runaway.coach;

import app.runaway.coach.performance.BestEffort;
import java.util.Collection;
import java.util.List;

/**
 * The athlete's personal bests as the coach chooses them, for every surface that shows records (chat, MCP, the web
 * app): one computation, so that chat's "5k record" and the coach's evidence can never disagree.
 */
public final class PersonalBests {
    private PersonalBests() {
    }

    /**
     * @param race         "5k", "10k", "half_marathon" or "marathon"
     * @param raceMetres   the race distance
     * @param activityId   the run it comes from
     * @param secondsPerKm that run's average pace
     * @param raceTimeS    the race distance at that pace
     */
    public record Best(String race, double raceMetres, long activityId, double secondsPerKm, double raceTimeS) {
    }

    /** The fastest run of at least each race distance among these activities (see {@link BestEffort}). */
    public static List<Best> among(Collection<RunSample> history) {
        return BestEffort.among(history).stream()
                .map(e -> new Best(e.distance().code(), e.distance().metres(), e.activityId(), e.secondsPerKm(),
                        e.estimatedSeconds()))
                .toList();
    }
}
