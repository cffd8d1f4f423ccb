package app.runaway.coach.plan;

import app.runaway.coach.Mile;
import java.util.Locale;

/**
 * Distances as the plan's sentences write them, in the athlete's units ("3.2 km", "2.0 mi"): the planner works in
 * metres, and a runner who counts in miles reads miles in its reasons as in its figures.
 */
public record DistanceWords(boolean imperial) {
    public static final DistanceWords METRIC = new DistanceWords(false);

    /** "3.2 km" or "2.0 mi", one decimal. */
    public String of(double metres) {
        return amount(metres) + " " + unit();
    }

    /** The figure alone, one decimal. */
    public String amount(double metres) {
        return String.format(Locale.ROOT, "%.1f", imperial ? metres / Mile.METRES : metres / 1000);
    }

    public String unit() {
        return imperial ? "mi" : "km";
    }
}
