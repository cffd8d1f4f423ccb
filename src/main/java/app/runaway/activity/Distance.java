package app.runaway.activity;

import app.runaway.athlete.Units;
import java.util.Locale;

/** A distance in metres, shown in the athlete's units. */
public record Distance(double metres) {

    public double in(Units units) {
        return metres / units.metresPerUnit();
    }

    /** "10.00 km", "6.21 mi". */
    public String format(Units units) {
        return String.format(Locale.ROOT, "%.2f %s", in(units), units.distanceUnit());
    }
}
