package app.runaway.web;

import app.runaway.activity.Distance;
import app.runaway.activity.Durations;
import app.runaway.activity.Pace;
import app.runaway.athlete.Units;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Figures as the pages show them, in the signed-in athlete's units: the activity store's own formats (distance,
 * pace, clock), plus the dates of the athlete's calendar. Templates reach it as {@code fmt}.
 */
public record Figures(Units units, java.time.ZoneId zone) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm",
            Locale.ENGLISH);

    public String unit() {
        return units.distanceUnit();
    }

    /** "12.34 km". */
    public String distance(double metres) {
        return new Distance(metres).format(units);
    }

    /** The distance as a number in the athlete's unit, two decimals (for charts and tables with the unit above). */
    public double amount(double metres) {
        return Math.round(new Distance(metres).in(units) * 100) / 100.0;
    }

    /** "5:12 /km", or an empty text when there is no distance or time. */
    public String pace(double metres, long seconds) {
        return Pace.of(metres, (int) Math.min(seconds, Integer.MAX_VALUE)).map(p -> p.format(units)).orElse("");
    }

    /** A pace in seconds per kilometre, in the athlete's unit. */
    public String paceOf(double secondsPerKm) {
        return new Pace(secondsPerKm / 1000).format(units);
    }

    /** Seconds per the athlete's unit, for charts. */
    public double paceSeconds(double secondsPerKm) {
        return Math.round(new Pace(secondsPerKm / 1000).secondsPer(units) * 10) / 10.0;
    }

    /** "1:02:03", "41:08". */
    public String clock(long seconds) {
        return Durations.clock(seconds);
    }

    /** A time in seconds with a fraction (a record's), to the second. */
    public String time(double seconds) {
        return Durations.clock(Math.round(seconds));
    }

    /** "12.5 h" for long totals. */
    public String hours(long seconds) {
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
    }

    /** Where an activity's figures came from, in words. */
    public String source(app.runaway.activity.ActivitySource source) {
        return switch (source.code()) {
            case "strava_api" -> "Strava";
            case "strava_export" -> "your Strava export";
            case "file_upload" -> "an uploaded file";
            case "demo" -> "the demo";
            default -> source.code();
        };
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String shortDay(LocalDate day) {
        return day == null ? "" : SHORT_DAY.format(day);
    }

    /** An instant on the athlete's clock: "Tue 1 Dec 2026, 21:40". */
    public String moment(java.time.Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(zone));
    }

    public String dayTime(LocalDateTime time) {
        return time == null ? "" : DAY_TIME.format(time);
    }
}
