package app.runaway.coach.performance;

import app.runaway.coach.RunSample;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

/**
 * Trends over a window of days: weekly distance (km per week, per week) and easy pace at comparable heart rate
 * (seconds per km, per week), each a least-squares slope tested for significance ({@link Trend}).
 */
public final class TrainingTrends {
    // Runs within +-5 bpm of the typical easy heart rate are taken as the same effort, so pace differences between
    // them reflect fitness, not effort.
    static final double COMPARABLE_HEART_RATE_BPM = 5;

    private TrainingTrends() {
    }

    /** Weekly distance of the past weeks (the current, unfinished week left out) starting on or after {@code from}. */
    public static Trend weeklyDistance(WeeklyVolume volume, LocalDate from) {
        var weeks = volume.pastWeeks().stream().filter(week -> !week.monday().isBefore(from)).toList();
        var x = new double[weeks.size()];
        var y = new double[weeks.size()];
        for (var i = 0; i < weeks.size(); i++) {
            x[i] = i;
            y[i] = weeks.get(i).distanceM() / 1000.0;
        }
        return Trend.fit(x, y);
    }

    /**
     * Pace of the easy runs between {@code from} and {@code asOf}. When at least 4 of them are within 5 bpm of the
     * median average heart rate of the easy runs with heart rate, only those count; otherwise all easy runs do.
     */
    public static PaceTrend easyPace(Collection<RunSample> history, RunTypeClassifier classifier, LocalDate from,
                                     LocalDate asOf) {
        var runs = comparableEffortRuns(history, classifier, from, asOf);
        return PaceTrend.of(paceLine(runs.runs(), from), runs.basis());
    }

    /** The runs {@link #easyPace} fits its line through, and which they are. */
    public record EffortRuns(List<RunSample> runs, PaceTrend.Basis basis) {
    }

    /** The points of "pace at comparable effort" over time: the runs {@link #easyPace} fits its line through. */
    public static EffortRuns comparableEffortRuns(Collection<RunSample> history, RunTypeClassifier classifier,
                                                  LocalDate from, LocalDate asOf) {
        var easy = easyRuns(history, classifier, from, asOf);
        var comparable = atComparableHeartRate(easy);
        return comparable.size() >= Trend.FEWEST_POINTS
                ? new EffortRuns(comparable, PaceTrend.Basis.EASY_RUNS_AT_COMPARABLE_HEART_RATE)
                : new EffortRuns(easy, PaceTrend.Basis.EASY_RUNS);
    }

    private static List<RunSample> easyRuns(Collection<RunSample> history, RunTypeClassifier classifier,
                                            LocalDate from, LocalDate asOf) {
        return history.stream()
                .filter(RunSample::isRun)
                .filter(run -> !run.localDate().isBefore(from) && !run.localDate().isAfter(asOf))
                .filter(run -> run.secondsPerKm().isPresent())
                .filter(run -> classifier.classify(run) == RunType.EASY)
                .toList();
    }

    private static List<RunSample> atComparableHeartRate(List<RunSample> easy) {
        var heartRates = easy.stream().filter(RunSample::hasAverageHeartrate)
                .mapToDouble(RunSample::averageHeartrate).sorted().toArray();
        if (heartRates.length == 0) {
            return List.of();
        }
        var middle = heartRates.length / 2;
        var median = heartRates.length % 2 == 1 ? heartRates[middle]
                : (heartRates[middle - 1] + heartRates[middle]) / 2;
        return easy.stream().filter(RunSample::hasAverageHeartrate)
                .filter(run -> Math.abs(run.averageHeartrate() - median) <= COMPARABLE_HEART_RATE_BPM)
                .toList();
    }

    private static Trend paceLine(List<RunSample> runs, LocalDate from) {
        var x = new double[runs.size()];
        var y = new double[runs.size()];
        for (var i = 0; i < runs.size(); i++) {
            x[i] = ChronoUnit.DAYS.between(from, runs.get(i).localDate()) / 7.0;
            y[i] = runs.get(i).secondsPerKm().getAsDouble();
        }
        return Trend.fit(x, y);
    }
}
