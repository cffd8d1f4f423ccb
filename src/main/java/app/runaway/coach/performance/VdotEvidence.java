package app.runaway.coach.performance;

import app.runaway.coach.RunSample;
import app.runaway.coach.science.Vdot;
import app.runaway.coach.science.VdotEstimate;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A VDOT and the run it came from. Only races and hard runs count (easy running says little about maximal fitness),
 * from 1500 m up (the shortest distance in Daniels' tables), timed by moving time. Hand in credible runs only (see
 * {@code EvidenceReview}): a GPS glitch is no fitness.
 */
public record VdotEvidence(Vdot vdot, long activityId, Long stravaId, String name, LocalDate date, double distanceM,
                           int movingTimeS, RunType runType) {
    static final double SHORTEST_M = 1500;

    /**
     * The best race when there is one (a race is a maximal effort the athlete meant, where a fast training run may be
     * a tempo or a downhill), else the best hard run.
     */
    public static Optional<VdotEvidence> bestAmong(Collection<RunSample> history, RunTypeClassifier classifier) {
        return ranked(history, classifier).stream().findFirst();
    }

    /** Every race and hard run with a meaningful VDOT, in the order the VDOT is chosen: races first, best first. */
    public static List<VdotEvidence> ranked(Collection<RunSample> history, RunTypeClassifier classifier) {
        return history.stream()
                .filter(RunSample::isRun)
                .filter(run -> run.distanceM() >= SHORTEST_M && run.movingTimeS() > 0)
                .filter(run -> classifier.classify(run).isHard())
                .flatMap(run -> evidence(run, classifier).stream())
                .sorted(Comparator.comparing((VdotEvidence e) -> e.runType() != RunType.RACE)
                        .thenComparing(e -> e.vdot().value(), Comparator.reverseOrder())
                        .thenComparing(VdotEvidence::date, Comparator.reverseOrder())
                        .thenComparingLong(VdotEvidence::activityId))
                .toList();
    }

    private static Optional<VdotEvidence> evidence(RunSample run, RunTypeClassifier classifier) {
        return VdotEstimate.fromRace(run.distanceM(), run.movingTimeS()) instanceof Vdot vdot
                ? Optional.of(new VdotEvidence(vdot, run.activityId(), run.stravaId(), run.name(), run.localDate(),
                        run.distanceM(), run.movingTimeS(), classifier.classify(run)))
                : Optional.empty();
    }
}
