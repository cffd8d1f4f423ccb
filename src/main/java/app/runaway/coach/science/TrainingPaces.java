package app.runaway.coach.science;

/**
 * Daniels' five training intensities for a VDOT, in seconds per kilometre.
 */
public record TrainingPaces(Vdot vdot, PaceRange easy, PaceRange marathon, PaceRange threshold,
                            PaceRange interval, PaceRange repetition) {

    // Daniels' intensities as fractions of VDOT (velocity at that VO2): easy 59-74 %, threshold about 88 %,
    // interval 97.5-100 %.
    static final double EASY_LOW = 0.59;
    static final double EASY_HIGH = 0.74;
    static final double THRESHOLD = 0.88;
    static final double INTERVAL_LOW = 0.975;
    static final double INTERVAL_HIGH = 1.00;
    // Daniels: repetition pace is about 6 s per 400 m faster than interval pace, i.e. 15 s per km.
    static final double REPETITION_FASTER_S_PER_KM = 6 * 1000.0 / 400;
    static final double MARATHON_M = 42_195;

    public static TrainingPaces forVdot(Vdot vdot) {
        var interval = range(vdot, INTERVAL_LOW, INTERVAL_HIGH);
        return new TrainingPaces(vdot,
                range(vdot, EASY_LOW, EASY_HIGH),
                // marathon pace is the predicted marathon itself, not a fixed fraction
                PaceRange.at(vdot.raceSeconds(MARATHON_M) / (MARATHON_M / 1000)),
                PaceRange.at(paceAt(vdot, THRESHOLD)),
                interval,
                new PaceRange(interval.fastestSPerKm() - REPETITION_FASTER_S_PER_KM,
                        interval.slowestSPerKm() - REPETITION_FASTER_S_PER_KM));
    }

    private static PaceRange range(Vdot vdot, double lowFraction, double highFraction) {
        return new PaceRange(paceAt(vdot, highFraction), paceAt(vdot, lowFraction));
    }

    private static double paceAt(Vdot vdot, double fraction) {
        return PaceRange.secondsPerKm(vdot.velocityAtFraction(fraction));
    }
}
