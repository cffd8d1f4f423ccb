package app.runaway.coach.performance;

import app.runaway.coach.RunSample;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Average pace of one kind of run: total moving time over total distance, so a long run weighs by its length.
 */
public record AveragePace(RunType runType, int runs, double distanceM, double secondsPerKm) {

    /** One entry per run type present among the runs, in the order easy, long, workout, race. */
    public static List<AveragePace> byRunType(Collection<RunSample> history, RunTypeClassifier classifier) {
        Map<RunType, List<RunSample>> byType = history.stream()
                .filter(RunSample::isRun)
                .filter(run -> run.secondsPerKm().isPresent())
                .collect(Collectors.groupingBy(classifier::classify));
        return Arrays.stream(RunType.values())
                .filter(byType::containsKey)
                .map(type -> of(type, byType.get(type)))
                .toList();
    }

    private static AveragePace of(RunType type, List<RunSample> runs) {
        var metres = runs.stream().mapToDouble(RunSample::distanceM).sum();
        var seconds = runs.stream().mapToDouble(RunSample::movingTimeS).sum();
        return new AveragePace(type, runs.size(), metres, seconds / (metres / 1000.0));
    }
}
