package app.runaway.activity;

import java.util.Locale;

/** Clock-style durations: "41:08", "1:04:43". */
public final class Durations {
    private Durations() {
    }

    public static String clock(long seconds) {
        var hours = seconds / 3600;
        var minutes = seconds % 3600 / 60;
        var secs = seconds % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }
}
