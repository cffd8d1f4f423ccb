package app.runaway.coach.science;

import java.util.Optional;

/**
 * Riegel's endurance model (Riegel 1981, "Athletic records and human endurance"): T2 = T1 (D2 / D1)^1.06. A
 * cross-check beside VDOT, not the headline prediction.
 */
public final class Riegel {
    public static final double FATIGUE_EXPONENT = 1.06;

    // Vickers & Vertosick 2016: well calibrated up to the half marathon, too fast for marathons (10+ minutes for
    // half of recreational runners).
    static final double CALIBRATED_UP_TO_M = RaceDistance.HALF_MARATHON.metres();
    static final String MARATHON_CAVEAT = "Riegel predicts marathons too fast: by more than 10 minutes for half of "
            + "recreational runners (Vickers & Vertosick 2016)";

    private Riegel() {
    }

    public static RiegelPrediction predict(double knownDistanceM, double knownSeconds, double targetDistanceM) {
        if (!(knownDistanceM > 0 && knownSeconds > 0 && targetDistanceM > 0)) {
            throw new IllegalArgumentException("Riegel needs positive distances and a positive time");
        }
        var seconds = knownSeconds * Math.pow(targetDistanceM / knownDistanceM, FATIGUE_EXPONENT);
        var caveat = targetDistanceM > CALIBRATED_UP_TO_M ? Optional.of(MARATHON_CAVEAT) : Optional.<String>empty();
        return new RiegelPrediction(targetDistanceM, seconds, caveat);
    }

    /** A Riegel time, with the caveat when the distance is beyond where the model is calibrated. */
    public record RiegelPrediction(double distanceM, double seconds, Optional<String> caveat) {
    }
}
