package app.runaway.coach.performance;

import app.runaway.coach.RunSample;
import app.runaway.coach.science.Vdot;
import app.runaway.coach.science.VdotEstimate;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The athlete's best VDOT and the run it came from. Only races and hard runs count (easy running says little about
 * maximal fitness), from 1500 m up (the shortest distance in Daniels' tables), timed by moving time.
 */
public record VdotEvidence(Vdot vdot, long activityId, Long stravaId, String name, LocalDate date, double distanceM,
                           int movingTimeS, RunType runType) {
    static final double SHORTEST_M = 1500;

    public static Optional<VdotEvidence> bestAmong(Collection<RunSample> history, RunTypeClassifier classifier) {
        return history.stream()
                .filter(RunSample::isRun)
                .filter(run -> run.distanceM() >= SHORTEST_M && run.movingTimeS() > 0)
                .filter(run -> classifier.classify(run).isHard())
                .flatMap(run -> evidence(run, classifier).stream())
                .max(Comparator.comparingDouble((VdotEvidence e) -> e.vdot().value())
                        .thenComparing(VdotEvidence::date)
                        .thenComparingLong(VdotEvidence::activityId));
    }

    private static Optional<VdotEvidence> evidence(RunSample run, RunTypeClassifier classifier) {
        return VdotEstimate.fromRace(run.distanceM(), run.movingTimeS()) instanceof Vdot vdot
                ? Optional.of(new VdotEvidence(vdot, run.activityId(), run.stravaId(), run.name(), run.localDate(),
                        run.distanceM(), run.movingTimeS(), classifier.classify(run)))
                : Optional.empty();
    }
}
