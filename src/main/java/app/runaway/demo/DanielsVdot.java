package app.runaway.demo;

/**
 * The Daniels & Gilbert oxygen-cost model, enough of it to give a synthetic athlete paces and race times that match
 * a VDOT. StrictMath throughout: the generator promises the same history for the same seed on every JVM, and
 * {@link Math}'s intrinsics may differ in the last bit.
 */
final class DanielsVdot {

    // Daniels & Gilbert oxygen-cost equation: VO2 = -4.60 + 0.182258 v + 0.000104 v^2 (v in metres per minute).
    private static final double A = 0.000104;
    private static final double B = 0.182258;
    private static final double C = -4.60;

    private DanielsVdot() {
    }

    /** Speed in metres per second at which running costs {@code fraction} of the athlete's VDOT. */
    static double speedAt(double vdot, double fraction) {
        double vo2 = vdot * fraction;
        double metresPerMinute = (-B + StrictMath.sqrt(B * B + 4 * A * (vo2 - C))) / (2 * A);
        return metresPerMinute / 60.0;
    }

    /** Daniels & Gilbert: the fraction of VO2max a runner can hold for {@code minutes}. */
    static double sustainableFraction(double minutes) {
        return 0.8 + 0.1894393 * StrictMath.exp(-0.012778 * minutes) + 0.2989558 * StrictMath.exp(-0.1932605 * minutes);
    }

    /** Predicted race time in seconds: solves VDOT(d, t) = vdot by bisection, as the model has no closed form. */
    static double raceSeconds(double vdot, double distanceM) {
        double low = 1.0;
        double high = 1_000.0;
        for (int i = 0; i < 50; i++) {
            double mid = (low + high) / 2;
            if (vdotFor(distanceM, mid) > vdot) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2 * 60.0;
    }

    /**
     * Share of maximum heart rate at a share of VDOT, the regression on Daniels' table from the running-science
     * reference: HR% = 0.68725 ln(%VDOT) + 1.00466. Fed with the VO2 share it reproduces Daniels' own pairs
     * (easy 59-74 % VO2 -> 65-79 % HRmax, threshold 88 % -> about 92 %).
     */
    static double heartRateShare(double vdotShare) {
        return 0.68725 * StrictMath.log(vdotShare) + 1.00466;
    }

    private static double vdotFor(double distanceM, double minutes) {
        double v = distanceM / minutes;
        return (C + B * v + A * v * v) / sustainableFraction(minutes);
    }
}
