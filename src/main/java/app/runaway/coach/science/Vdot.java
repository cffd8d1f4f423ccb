package app.runaway.coach.science;

/**
 * A meaningful VDOT (Daniels' "pseudo VO2max" in ml/kg/min), between 15 and 90 as in Daniels' tables. Only a valid
 * VDOT predicts races and training paces.
 */
public record Vdot(double value) implements VdotEstimate {
    public static final double LOWEST = 15;
    public static final double HIGHEST = 90;

    // Bisection bracket for race prediction, wider than the validity range so every valid VDOT has a root inside.
    private static final double SLOWEST_BRACKET_M_PER_MIN = 30;
    private static final double FASTEST_BRACKET_M_PER_MIN = 1500;
    private static final double VELOCITY_PRECISION_M_PER_MIN = 1e-9;

    public Vdot {
        if (!(value >= LOWEST && value <= HIGHEST)) {
            throw new IllegalArgumentException("VDOT must be within 15-90, was " + value);
        }
    }

    /**
     * Predicted race time: Daniels' VDOT has no closed inverse, so solve VDOT(d, t) = value for t by bisection on the
     * velocity (VDOT rises monotonically with velocity at any fixed distance).
     */
    public double raceSeconds(double distanceM) {
        if (!(distanceM > 0)) {
            throw new IllegalArgumentException("a race needs a positive distance");
        }
        var slow = SLOWEST_BRACKET_M_PER_MIN;
        var fast = FASTEST_BRACKET_M_PER_MIN;
        while (fast - slow > VELOCITY_PRECISION_M_PER_MIN) {
            var middle = (slow + fast) / 2;
            if (DanielsGilbert.rawVdot(distanceM, secondsAt(distanceM, middle)) < value) {
                slow = middle;
            } else {
                fast = middle;
            }
        }
        return secondsAt(distanceM, (slow + fast) / 2);
    }

    /** vVDOT: the velocity whose oxygen cost equals the VDOT, in metres per minute. */
    public double velocityMetresPerMinute() {
        return DanielsGilbert.velocityAt(value);
    }

    /** The velocity at a fraction of VDOT (Daniels' training intensities), in metres per minute. */
    public double velocityAtFraction(double fractionOfVdot) {
        return DanielsGilbert.velocityAt(fractionOfVdot * value);
    }

    private static double secondsAt(double distanceM, double metresPerMinute) {
        return distanceM / metresPerMinute * 60.0;
    }
}
