package app.runaway.coach.evidence;

import java.util.Locale;

/** How the findings write their figures: metric, as the checks themselves work (the report converts nothing here). */
final class Figures {
    private Figures() {
    }

    static String km(double metres) {
        return String.format(Locale.ROOT, "%.2f km", metres / 1000);
    }

    static String clock(double seconds) {
        var total = Math.round(seconds);
        var hours = total / 3600;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, total % 3600 / 60, total % 60)
                : String.format(Locale.ROOT, "%d:%02d", total / 60, total % 60);
    }

    static String pace(double secondsPerKm) {
        return clock(secondsPerKm) + " /km";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    static String speed(double metresPerSecond) {
        return String.format(Locale.ROOT, "%.1f m/s", metresPerSecond);
    }

    static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
