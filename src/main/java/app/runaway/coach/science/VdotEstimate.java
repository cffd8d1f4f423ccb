package app.runaway.coach.science;

/**
 * What a performance says about aerobic fitness: a VDOT, or the reason the formula does not apply to it.
 */
public sealed interface VdotEstimate permits Vdot, VdotEstimate.NotMeaningful {

    // Daniels' tables cover roughly 50-1000 m/min; outside that the regression is extrapolating.
    double SLOWEST_METRES_PER_MINUTE = 50;
    double FASTEST_METRES_PER_MINUTE = 1000;

    /** The VDOT of a race (or hard effort) of this distance and duration. */
    static VdotEstimate fromRace(double distanceM, double seconds) {
        if (!(distanceM > 0) || !(seconds > 0)) {
            return new NotMeaningful("a VDOT needs a positive distance and time");
        }
        var metresPerMinute = distanceM / (seconds / 60.0);
        if (metresPerMinute < SLOWEST_METRES_PER_MINUTE || metresPerMinute > FASTEST_METRES_PER_MINUTE) {
            return new NotMeaningful("velocity %.0f m/min is outside the 50-1000 m/min the VDOT formula covers"
                    .formatted(metresPerMinute));
        }
        var value = DanielsGilbert.rawVdot(distanceM, seconds);
        if (value < Vdot.LOWEST || value > Vdot.HIGHEST) {
            return new NotMeaningful("VDOT %.1f is outside the 15-90 range of Daniels' tables".formatted(value));
        }
        return new Vdot(value);
    }

    /** The effort falls outside what the formula was fitted to; the reason says how. */
    record NotMeaningful(String reason) implements VdotEstimate {
    }
}
