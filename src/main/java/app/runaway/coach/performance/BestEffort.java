package app.runaway.coach.performance;

import app.runaway.coach.RunSample;
import app.runaway.coach.science.RaceDistance;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The fastest run at least as long as a race distance, timed at its whole-activity average pace (so the time is
 * that of the full distance at the run's pace, not a split). GPS under-reads a little, so a run counts from 99 % of
 * the distance. The marathon entry takes runs of a marathon or longer.
 */
public record BestEffort(RaceDistance distance, long activityId, Long stravaId, String name, LocalDate date,
                         double activityDistanceM, double secondsPerKm, double estimatedSeconds) {
    static final double GPS_TOLERANCE = 0.99;

    /** The best effort per race distance among these runs; distances nobody ran are left out. */
    public static List<BestEffort> among(Collection<RunSample> history) {
        var runs = history.stream().filter(RunSample::isRun).filter(run -> run.secondsPerKm().isPresent()).toList();
        return Arrays.stream(RaceDistance.values())
                .flatMap(distance -> runs.stream()
                        .filter(run -> run.distanceM() >= GPS_TOLERANCE * distance.metres())
                        .min(Comparator.comparingDouble((RunSample run) -> run.secondsPerKm().getAsDouble())
                                .thenComparing(RunSample::localDate)
                                .thenComparingLong(RunSample::activityId))
                        .map(run -> of(distance, run))
                        .stream())
                .toList();
    }

    private static BestEffort of(RaceDistance distance, RunSample run) {
        var pace = run.secondsPerKm().getAsDouble();
        return new BestEffort(distance, run.activityId(), run.stravaId(), run.name(), run.localDate(), run.distanceM(),
                pace, pace * distance.metres() / 1000.0);
    }
}
