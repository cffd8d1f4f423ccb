package app.runaway.coach;

import app.runaway.coach.evidence.EvidenceReview;
import app.runaway.coach.performance.BestEffort;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The athlete's personal bests as the coach chooses them, for every surface that shows records (chat, MCP, the web
 * app): one computation, so that chat's "5k record" and the coach's evidence can never disagree. Only credible runs
 * count ({@link EvidenceReview}): a GPS glitch is no record.
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

    /** The fastest credible run of at least each race distance among these activities (see {@link BestEffort}). */
    public static List<Best> among(Collection<RunSample> history) {
        return among(history, null, null);
    }

    /**
     * The same among the runs from {@code from} to {@code to} (null: unbounded), each judged against the whole
     * {@code history} handed in (the year around it decides whether it is credible, not the period asked about).
     */
    public static List<Best> among(Collection<RunSample> history, LocalDate from, LocalDate to) {
        var inPeriod = history.stream()
                .filter(r -> (from == null || !r.localDate().isBefore(from)) && (to == null || !r.localDate().isAfter(to)))
                .toList();
        return BestEffort.among(EvidenceReview.of(history).credible(inPeriod)).stream()
                .map(e -> new Best(e.distance().code(), e.distance().metres(), e.activityId(), e.secondsPerKm(),
                        e.estimatedSeconds()))
                .toList();
    }
}
