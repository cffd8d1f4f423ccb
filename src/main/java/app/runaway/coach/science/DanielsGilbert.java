package app.runaway.coach.science;

/**
 * The three equations behind Daniels' VDOT (Daniels &amp; Gilbert, "Oxygen Power", 1979). Velocities are metres per
 * minute, durations minutes, oxygen uptake ml/kg/min.
 */
public final class DanielsGilbert {
    // Daniels & Gilbert oxygen-cost equation: VO2 = -4.60 + 0.182258 v + 0.000104 v^2
    private static final double COST_INTERCEPT = -4.60;
    private static final double COST_LINEAR = 0.182258;
    private static final double COST_QUADRATIC = 0.000104;

    private DanielsGilbert() {
    }

    /** Oxygen cost of running at a velocity (Daniels & Gilbert oxygen-cost equation). */
    public static double oxygenCost(double metresPerMinute) {
        return COST_INTERCEPT + COST_LINEAR * metresPerMinute + COST_QUADRATIC * metresPerMinute * metresPerMinute;
    }

    /**
     * Fraction of VO2max a runner sustains for a race of this many minutes (Daniels & Gilbert drop-dead curve):
     * 0.8 + 0.1894393 e^(-0.012778 t) + 0.2989558 e^(-0.1932605 t).
     */
    public static double sustainableFraction(double minutes) {
        return 0.8 + 0.1894393 * Math.exp(-0.012778 * minutes) + 0.2989558 * Math.exp(-0.1932605 * minutes);
    }

    /** The velocity whose oxygen cost is this VO2: the positive root of the oxygen-cost quadratic. */
    public static double velocityAt(double vo2) {
        var a = COST_QUADRATIC;
        var b = COST_LINEAR;
        return (-b + Math.sqrt(b * b + 4 * a * (vo2 - COST_INTERCEPT))) / (2 * a);
    }

    /** VDOT = VO2(d / t) / %max(t), without the validity check (see {@link VdotEstimate#fromRace}). */
    public static double rawVdot(double distanceM, double seconds) {
        var minutes = seconds / 60.0;
        return oxygenCost(distanceM / minutes) / sustainableFraction(minutes);
    }
}
