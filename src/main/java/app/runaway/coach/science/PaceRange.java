package app.runaway.coach.science;

/**
 * A training pace band in seconds per kilometre. The fast end is the smaller number; a single target pace has both
 * ends equal.
 */
public record PaceRange(double fastestSPerKm, double slowestSPerKm) {

    public PaceRange {
        if (fastestSPerKm > slowestSPerKm) {
            throw new IllegalArgumentException("the fast end of a pace range is the smaller number");
        }
    }

    public static PaceRange at(double secondsPerKm) {
        return new PaceRange(secondsPerKm, secondsPerKm);
    }

    static double secondsPerKm(double metresPerMinute) {
        return 60_000.0 / metresPerMinute;
    }
}
