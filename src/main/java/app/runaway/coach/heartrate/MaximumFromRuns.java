package app.runaway.coach.heartrate;

import app.runaway.coach.RunSample;
import app.runaway.coach.science.DanielsGilbert;
import app.runaway.coach.science.DanielsHeartRate;
import app.runaway.coach.science.Vdot;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * A maximum heart rate estimated from runs that carry an average heart rate but no maximum: each hard run's average
 * heart rate over the share of maximum that its pace means by Daniels' regression (HR% = 0.68725 ln(%VDOT) +
 * 1.00466, the share of VDOT being the run's oxygen cost at its pace over the athlete's VDOT). The median over the
 * hard runs of the last year, and never below the highest average heart rate seen in them: a maximum cannot be lower
 * than an average. Only hard runs (at least 80 % of VDOT, about marathon effort) count: at easy effort heart rate
 * varies too much with heat, drift and the day to say where the maximum is.
 */
final class MaximumFromRuns {
    static final double HARD_SHARE_OF_VDOT = 0.80;
    static final int FEWEST_RUNS = 3;
    static final int LEAST_MINUTES = 10;
    static final int DAYS = 365;

    private MaximumFromRuns() {
    }

    /** The estimate and how it was made, in words. */
    record Estimate(int bpm, String method) {
    }

    static Optional<Estimate> of(Collection<RunSample> runs, LocalDate asOf, Vdot vdot) {
        var from = asOf.minusDays(DAYS);
        var estimates = new java.util.ArrayList<Double>();
        var highestAverage = 0.0;
        for (var run : runs) {
            if (!run.isRun() || !run.hasAverageHeartrate() || run.localDate().isBefore(from)
                    || run.localDate().isAfter(asOf) || run.movingMinutes() < LEAST_MINUTES || run.distanceM() <= 0) {
                continue;
            }
            var share = DanielsGilbert.oxygenCost(run.distanceM() / run.movingMinutes()) / vdot.value();
            if (share < HARD_SHARE_OF_VDOT) {
                continue;
            }
            estimates.add(run.averageHeartrate() / DanielsHeartRate.shareOfMax(Math.min(1.0, share)));
            highestAverage = Math.max(highestAverage, run.averageHeartrate());
        }
        if (estimates.size() < FEWEST_RUNS) {
            return Optional.empty();
        }
        var sorted = estimates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        var middle = sorted.length / 2;
        var median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var bpm = (int) Math.round(Math.max(median, highestAverage));
        return Optional.of(new Estimate(bpm, String.format(Locale.ROOT, "estimated from %d hard runs of the last "
                + "year: each one's average heart rate over the share of maximum its pace means at VDOT %.1f "
                + "(Daniels' regression), the median", sorted.length, vdot.value())));
    }
}
