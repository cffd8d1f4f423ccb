package app.runaway.coach.science;

/**
 * Heart rate as a share of HRmax for running at a share of VDOT (the same VO2 fractions as Daniels' training
 * intensities, e.g. 0.88 for threshold): a logarithmic regression on Daniels' table of intensities,
 * HR% = 0.68725 ln(%VDOT) + 1.00466.
 */
public final class DanielsHeartRate {
    private static final double SLOPE = 0.68725;
    private static final double INTERCEPT = 1.00466;

    private DanielsHeartRate() {
    }

    /** Share of HRmax (capped at 1) for a share of VDOT (must be positive). */
    public static double shareOfMax(double shareOfVdot) {
        if (!(shareOfVdot > 0)) {
            throw new IllegalArgumentException("share of VDOT must be positive");
        }
        return Math.min(1.0, SLOPE * Math.log(shareOfVdot) + INTERCEPT);
    }
}
