package app.runaway.coach.performance;

import app.runaway.coach.RunSample;
import java.util.Collection;
import java.util.function.ToDoubleFunction;

/**
 * Classifies runs by Strava's workout_type when the athlete tagged them ("race", "long_run", "workout"); an untagged
 * run ("default" or none) is judged against the athlete's own median run:
 * <ul>
 *   <li>workout when its pace is at least 8 % faster than the median pace (a coach's rule of thumb: easy running
 *   is most runs, so a run clearly faster than the athlete's usual is a quality session or a race);</li>
 *   <li>long when it is at least 1.5 times the median distance and lasts an hour or more;</li>
 *   <li>easy otherwise.</li>
 * </ul>
 */
public final class RunTypeClassifier {
    static final double HARD_PACE_SHARE_OF_MEDIAN = 0.92;
    static final double LONG_DISTANCE_FACTOR = 1.5;
    static final int LONG_MIN_MOVING_S = 60 * 60;

    private final double medianDistanceM;
    private final double medianSecondsPerKm;

    private RunTypeClassifier(double medianDistanceM, double medianSecondsPerKm) {
        this.medianDistanceM = medianDistanceM;
        this.medianSecondsPerKm = medianSecondsPerKm;
    }

    /** A classifier calibrated on these runs (non-runs and runs without distance or time are ignored). */
    public static RunTypeClassifier calibratedOn(Collection<RunSample> history) {
        var runs = history.stream().filter(RunSample::isRun).filter(run -> run.secondsPerKm().isPresent()).toList();
        return new RunTypeClassifier(median(runs, RunSample::distanceM),
                median(runs, run -> run.secondsPerKm().getAsDouble()));
    }

    public RunType classify(RunSample run) {
        var tagged = switch (run.workoutType() == null ? "" : run.workoutType()) {
            case "race" -> RunType.RACE;
            case "long_run" -> RunType.LONG;
            case "workout" -> RunType.WORKOUT;
            default -> null;
        };
        if (tagged != null) {
            return tagged;
        }
        var pace = run.secondsPerKm();
        if (pace.isPresent() && medianSecondsPerKm > 0
                && pace.getAsDouble() <= HARD_PACE_SHARE_OF_MEDIAN * medianSecondsPerKm) {
            return RunType.WORKOUT;
        }
        if (medianDistanceM > 0 && run.distanceM() >= LONG_DISTANCE_FACTOR * medianDistanceM
                && run.movingTimeS() >= LONG_MIN_MOVING_S) {
            return RunType.LONG;
        }
        return RunType.EASY;
    }

    /** Median, or 0 when there are no runs (then every untagged run is easy). */
    private static double median(Collection<RunSample> runs, ToDoubleFunction<RunSample> value) {
        var sorted = runs.stream().mapToDouble(value).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        var middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
