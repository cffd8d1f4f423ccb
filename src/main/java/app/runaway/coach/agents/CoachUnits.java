package app.runaway.coach.agents;

import app.runaway.coach.Mile;

import java.util.Locale;

/** Metres and seconds inside, the athlete's kilometres or miles outside (the coach runs without the app's types). */
record CoachUnits(boolean imperial) {
    private static final double MILE_M = Mile.METRES;

    static CoachUnits of(String units) {
        return new CoachUnits("imperial".equals(units));
    }

    String distanceUnit() {
        return imperial ? "mi" : "km";
    }

    double metresPerUnit() {
        return imperial ? MILE_M : 1000;
    }

    /** Metres in the athlete's unit, rounded to two decimals. */
    double distance(double metres) {
        return Math.round(metres / metresPerUnit() * 100) / 100.0;
    }

    /** "4:52 /km" from seconds per kilometre. */
    String pace(double secondsPerKm) {
        return clock(secondsPerKm * metresPerUnit() / 1000) + " /" + distanceUnit();
    }

    /** "5:10-5:40" (fastest first), as the existing client shows a range. */
    String paceRange(double fastestSPerKm, double slowestSPerKm) {
        var fast = clock(fastestSPerKm * metresPerUnit() / 1000);
        var slow = clock(slowestSPerKm * metresPerUnit() / 1000);
        return fast.equals(slow) ? fast : fast + "-" + slow;
    }

    /** "41:08", "3:10:49"; seconds rounded, never showing 60. */
    static String clock(double seconds) {
        var total = Math.round(seconds);
        var hours = total / 3600;
        var minutes = total % 3600 / 60;
        var secs = total % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    static double round(double value, int decimals) {
        var scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
