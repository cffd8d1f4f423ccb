package app.runaway.coach.performance;

import app.runaway.coach.RunSample;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * When the athlete last ran, and how long ago that is in words a runner uses ("3 weeks", "22 months", "4 years and
 * 5 months"), with the date, so that an old history analysed today says so instead of "0.0 km a week, stable".
 */
public record LastRun(LocalDate date, long daysAgo) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);

    public static Optional<LastRun> of(Collection<RunSample> history, LocalDate asOf) {
        return history.stream().filter(RunSample::isRun).filter(r -> r.distanceM() > 0).map(RunSample::localDate)
                .filter(d -> !d.isAfter(asOf)).max(LocalDate::compareTo)
                .map(d -> new LastRun(d, ChronoUnit.DAYS.between(d, asOf)));
    }

    /** "Tuesday, 21 June 2022". */
    public String day() {
        return DAY.format(date);
    }

    /** How long ago, in words: days up to two weeks, then weeks up to two months, then months, then years. */
    public String ago(LocalDate asOf) {
        if (daysAgo == 0) {
            return "today";
        }
        if (daysAgo < 14) {
            return plural(daysAgo, "day");
        }
        if (daysAgo < 61) {
            return plural(daysAgo / 7, "week");
        }
        var period = Period.between(date, asOf);
        var months = period.toTotalMonths();
        if (months < 24) {
            return plural(months, "month");
        }
        return period.getMonths() == 0 ? plural(period.getYears(), "year")
                : plural(period.getYears(), "year") + " and " + plural(period.getMonths(), "month");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
