package app.runaway.search;

import app.runaway.activity.Activity;
import app.runaway.activity.Pace;
import app.runaway.athlete.Units;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One short line per activity, in the athlete's units, as the embedding model reads it:
 * "13.1 mi run at 8:30/mi pace with avg HR 155 on Monday, Nov 18, 2025. Name: Sunday long run. Description: ...".
 * The model reads at most 256 word pieces, so the description is cut rather than silently truncated by the model.
 */
public final class ActivitySummaries {
    static final int MAX_LENGTH = 600;
    private static final int MAX_DESCRIPTION = 300;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMM d, yyyy", Locale.ENGLISH);

    private ActivitySummaries() {
    }

    public static String of(Activity activity, Units units) {
        var text = new StringBuilder(effort(activity, units));
        text.append(" on ").append(DAY.format(activity.startDateLocal())).append('.');
        if (activity.name() != null && !activity.name().isBlank()) {
            text.append(" Name: ").append(oneLine(activity.name())).append('.');
        }
        if (activity.description() != null && !activity.description().isBlank()) {
            text.append(" Description: ").append(cut(oneLine(activity.description()), MAX_DESCRIPTION));
        }
        return cut(text.toString(), MAX_LENGTH);
    }

    /** "13.1 mi run at 8:30/mi pace with avg HR 155 and 120 m climb", or "45 min weight training" without distance. */
    private static String effort(Activity activity, Units units) {
        var sport = sportWords(activity.sportType());
        var text = new StringBuilder();
        if (activity.distanceM() > 0) {
            text.append(String.format(Locale.ROOT, "%.1f %s %s", activity.distanceM() / units.metresPerUnit(),
                    units.distanceUnit(), sport));
            speed(activity, units, text);
        } else {
            text.append(Math.round(activity.movingTimeS() / 60.0)).append(" min ").append(sport);
        }
        if (activity.averageHeartrate() != null) {
            text.append(" with avg HR ").append(Math.round(activity.averageHeartrate()));
        }
        if (activity.elevationGainM() != null && activity.elevationGainM() >= 1) {
            text.append(activity.averageHeartrate() != null ? " and " : " with ")
                    .append(climb(activity.elevationGainM(), units)).append(" climb");
        }
        return text.toString();
    }

    private static void speed(Activity activity, Units units, StringBuilder text) {
        if (activity.isFootSport()) {
            Pace.of(activity.distanceM(), activity.movingTimeS())
                    .ifPresent(pace -> text.append(" at ").append(pace.format(units).replace(" /", "/")).append(" pace"));
        } else if (activity.movingTimeS() > 0) {
            var perHour = activity.distanceM() / units.metresPerUnit() / (activity.movingTimeS() / 3600.0);
            text.append(String.format(Locale.ROOT, " at %.1f %s", perHour, units == Units.IMPERIAL ? "mph" : "km/h"));
        }
    }

    private static String climb(double metres, Units units) {
        return units == Units.IMPERIAL ? Math.round(metres / 0.3048) + " ft" : Math.round(metres) + " m";
    }

    /** "TrailRun" reads as "trail run", "VirtualRide" as "virtual ride". */
    static String sportWords(String sportType) {
        return sportType.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }
}
