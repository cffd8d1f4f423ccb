package app.runaway.activity;

import app.runaway.athlete.Units;
import java.util.Optional;

/** Time per distance, the runner's measure of speed: seconds per metre inside, "m:ss /km" or "/mi" outside. */
public record Pace(double secondsPerMetre) {

    public static Optional<Pace> of(double distanceM, int seconds) {
        return distanceM > 0 && seconds > 0 ? Optional.of(new Pace(seconds / distanceM)) : Optional.empty();
    }

    public double secondsPer(Units units) {
        return secondsPerMetre * units.metresPerUnit();
    }

    /** "4:52 /km"; seconds are rounded, so 4:59.6 shows as 5:00, never as 4:60. */
    public String format(Units units) {
        var total = Math.round(secondsPer(units));
        return total / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", total % 60) + " /" + units.distanceUnit();
    }
}
