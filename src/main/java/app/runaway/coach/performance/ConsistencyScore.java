package app.runaway.coach.performance;

import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * How consistently the athlete trains, 0 (erratic) to 1 (like clockwork), over the last 12 weeks before the current
 * one (fewer when the history is shorter, at least 4):
 * score = (frequencyShare + volumeSteadiness) / 2, where
 * <ul>
 *   <li>frequencyShare is the share of those weeks with at least the athlete's usual number of runs, the usual
 *   number being the median runs per week over the weeks in which they ran (so empty weeks count against them);</li>
 *   <li>volumeSteadiness is 1 - the coefficient of variation of weekly distance (population standard deviation over
 *   mean), clipped to 0-1.</li>
 * </ul>
 */
public record ConsistencyScore(double score, double frequencyShare, double volumeSteadiness, int usualRunsPerWeek,
                               int weeks) {
    static final int WEEKS = 12;
    static final int FEWEST_WEEKS = 4;

    public static Optional<ConsistencyScore> of(WeeklyVolume volume) {
        var past = volume.pastWeeks();
        List<WeekDistance> weeks = past.subList(Math.max(0, past.size() - WEEKS), past.size());
        if (weeks.size() < FEWEST_WEEKS) {
            return Optional.empty();
        }
        var usual = usualRunsPerWeek(weeks);
        var frequencyShare = weeks.stream().filter(week -> week.runs() >= usual).count() / (double) weeks.size();
        var steadiness = volumeSteadiness(weeks);
        return Optional.of(new ConsistencyScore((frequencyShare + steadiness) / 2, frequencyShare, steadiness, usual,
                weeks.size()));
    }

    private static int usualRunsPerWeek(List<WeekDistance> weeks) {
        var runningWeeks = new DescriptiveStatistics();
        weeks.stream().filter(week -> week.runs() > 0).forEach(week -> runningWeeks.addValue(week.runs()));
        if (runningWeeks.getN() == 0) {
            return 1;
        }
        return Math.max(1, (int) Math.floor(runningWeeks.getPercentile(50)));
    }

    private static double volumeSteadiness(List<WeekDistance> weeks) {
        var distances = new DescriptiveStatistics();
        weeks.forEach(week -> distances.addValue(week.distanceM()));
        var mean = distances.getMean();
        if (!(mean > 0)) {
            return 0;
        }
        var populationSd = Math.sqrt(distances.getPopulationVariance());
        return Math.clamp(1 - populationSd / mean, 0.0, 1.0);
    }
}
