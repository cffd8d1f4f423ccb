package app.runaway.coach.evidence;

import app.runaway.coach.RunSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pace against the athlete's own distribution, in VDOT terms (Daniels and Gilbert's formula turns any distance and
 * time into one scale). A run is an outlier when it stands far above the athlete's other efforts of the year around
 * it: more than 5 points above the second best of them (so that two other runs near its level are needed to
 * corroborate it), and above what the athlete's typical run allows (an easy run is at least about 60 % of VDOT in
 * Daniels' terms, so the median run's VDOT-equivalent over 0.6 is a generous ceiling). With a second sign of a fault
 * (a GPS top-speed jump, a heart rate no higher than usual, an outdoor run at its own top speed) 2 points above the
 * second best are enough. A race the athlete tagged, or a heart rate among the athlete's highest, corroborates the
 * pace: then no outlier is called.
 */
final class OwnDistribution {
    static final int FEWEST_OTHERS = 5;
    static final double OUTLIER_MARGIN = 5;
    static final double SUPPORTED_MARGIN = 2;
    static final double TYPICAL_RUN_SHARE = 0.6;
    static final int FEWEST_HEART_RATES = 10;
    /** Faster than any sprinter holds for more than a stride (9 m/s is a 100 m in about 11 s): a GPS jump. */
    static final double RUNNING_TOP_SPEED_MPS = 9.0;
    /** An outdoor run whose average is within 3 % of its top speed moved like a treadmill belt. */
    static final double STEADY_SHARE = 0.97;

    private OwnDistribution() {
    }

    /** The efforts and heart rates of the runs of one year, sorted, from which each run leaves itself out. */
    static final class Year {
        private final int runs;
        private final double[] efforts;
        private final double[] heartRates;

        Year(List<RunSample> around) {
            runs = around.size();
            efforts = around.stream().mapToDouble(RunChecks::effortVdot).sorted().toArray();
            heartRates = around.stream().filter(RunSample::hasAverageHeartrate)
                    .mapToDouble(RunSample::averageHeartrate).sorted().toArray();
        }
    }

    /**
     * @param run  a run with an effort VDOT that passed the other checks
     * @param year the runs of the year around it that passed them, the run itself among them
     */
    static List<Finding> check(RunSample run, Year year) {
        var vdot = RunChecks.effortVdot(run);
        if (Double.isNaN(vdot) || year.runs - 1 < FEWEST_OTHERS) {
            return List.of();
        }
        var values = new Without(year.efforts, vdot);
        var secondBest = values.get(values.size() - 2);
        var median = values.median();
        var heartRates = new Without(year.heartRates, run.hasAverageHeartrate() ? run.averageHeartrate() : Double.NaN);
        var heartRateKnown = heartRates.size() >= FEWEST_HEART_RATES && run.hasAverageHeartrate();
        if (run.isTaggedRace() || (heartRateKnown
                && run.averageHeartrate() >= heartRates.get((int) Math.floor(0.9 * (heartRates.size() - 1))))) {
            return List.of(); // the athlete's race, or a heart rate among their highest: the pace is believable
        }
        var outlier = new Finding(Check.PACE_OUTLIER, String.format(Locale.ROOT, "its pace is worth VDOT %.1f, far "
                + "above your other efforts of the year around it (the second best is %.1f)", vdot, secondBest));
        if (vdot > secondBest + OUTLIER_MARGIN && vdot > median / TYPICAL_RUN_SHARE) {
            return List.of(outlier);
        }
        if (vdot <= secondBest + SUPPORTED_MARGIN) {
            return List.of();
        }
        var support = new ArrayList<Finding>();
        if (run.maxSpeedMps() != null && run.maxSpeedMps() > RUNNING_TOP_SPEED_MPS) {
            support.add(new Finding(Check.TOP_SPEED, "its top speed " + Figures.speed(run.maxSpeedMps())
                    + " is beyond running (" + Figures.speed(RUNNING_TOP_SPEED_MPS) + "): a GPS jump"));
        }
        if (heartRateKnown && run.averageHeartrate() <= heartRates.median()) {
            support.add(new Finding(Check.HEART_RATE_TOO_LOW, String.format(Locale.ROOT, "its average heart rate "
                    + "%.0f bpm is no higher than on your usual runs (median %.0f bpm)", run.averageHeartrate(),
                    heartRates.median())));
        }
        if (!"VirtualRun".equals(run.sportType()) && run.maxSpeedMps() != null && run.maxSpeedMps() > 0
                && run.averageSpeedMps() >= STEADY_SHARE * run.maxSpeedMps()) {
            support.add(new Finding(Check.STEADY_AT_TOP_SPEED, "it averaged its own top speed ("
                    + Figures.speed(run.maxSpeedMps()) + "), as only a treadmill or a GPS fault does outdoors"));
        }
        if (support.isEmpty()) {
            return List.of();
        }
        var findings = new ArrayList<Finding>(List.of(outlier));
        findings.addAll(support);
        return findings;
    }

    /** A sorted array with one occurrence of a value left out (none when it is not there), read in place. */
    private static final class Without {
        private final double[] sorted;
        private final int skipped;

        Without(double[] sorted, double value) {
            this.sorted = sorted;
            var index = Double.isNaN(value) ? -1 : java.util.Arrays.binarySearch(sorted, value);
            this.skipped = index < 0 ? sorted.length : index;
        }

        int size() {
            return skipped < sorted.length ? sorted.length - 1 : sorted.length;
        }

        double get(int i) {
            return i < skipped ? sorted[i] : sorted[i + 1];
        }

        double median() {
            var n = size();
            var middle = n / 2;
            return n % 2 == 1 ? get(middle) : (get(middle - 1) + get(middle)) / 2;
        }
    }
}
