package app.runaway.coach.load;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Banister's fitness-fatigue model as the Performance Management Chart computes it: CTL and ATL are exponentially
 * weighted daily loads, X_today = X_yesterday + (load_today - X_yesterday) (1 - e^(-1/N)) with N = 42 and 7 days
 * (the form intervals.icu uses), starting from 0 on the first day with a load; days without activity load 0.
 */
public final class FitnessFatigue {
    static final int FITNESS_DAYS = 42;
    static final int FATIGUE_DAYS = 7;
    // Acute:chronic workload ratio windows (Gabbett 2016): 7-day mean over 28-day mean of daily load.
    static final int ACUTE_WINDOW_DAYS = 7;
    static final int CHRONIC_WINDOW_DAYS = 28;

    private FitnessFatigue() {
    }

    /** The status on a day, from the sessions up to and including it. */
    public static TrainingLoadStatus on(LocalDate asOf, Collection<SessionLoad> sessions) {
        var counted = sessions.stream().filter(s -> !s.date().isAfter(asOf)).toList();
        if (counted.isEmpty()) {
            return TrainingLoadStatus.none();
        }
        var first = counted.stream().map(SessionLoad::date).min(LocalDate::compareTo).orElseThrow();
        var daily = new double[(int) ChronoUnit.DAYS.between(first, asOf) + 1];
        counted.forEach(s -> daily[(int) ChronoUnit.DAYS.between(first, s.date())] += s.load());

        var fitnessDecay = 1 - Math.exp(-1.0 / FITNESS_DAYS);
        var fatigueDecay = 1 - Math.exp(-1.0 / FATIGUE_DAYS);
        double ctl = 0, atl = 0, ctlYesterday = 0, atlYesterday = 0;
        for (var load : daily) {
            ctlYesterday = ctl;
            atlYesterday = atl;
            ctl += (load - ctl) * fitnessDecay;
            atl += (load - atl) * fatigueDecay;
        }
        var acute = meanOfLast(daily, ACUTE_WINDOW_DAYS);
        var chronic = meanOfLast(daily, CHRONIC_WINDOW_DAYS);
        var acwr = chronic > 0 ? OptionalDouble.of(acute / chronic) : OptionalDouble.empty();

        var inFitnessWindow = counted.stream().filter(s -> s.date().isAfter(asOf.minusDays(FITNESS_DAYS))).toList();
        var recent = inFitnessWindow.isEmpty() ? counted : inFitnessWindow;
        var estimated = (int) recent.stream().filter(SessionLoad::isEstimate).count();
        var measured = recent.size() - estimated;
        var method = measured >= estimated ? LoadMethod.TRIMP : LoadMethod.PACE_ESTIMATE;
        return new TrainingLoadStatus(ctl, atl, ctlYesterday - atlYesterday, acwr, acute, chronic, method, measured,
                estimated);
    }

    /** Fitness, fatigue and form on one day: the Performance Management Chart's three lines. */
    public record Day(LocalDate date, double ctl, double atl, double tsb) {
    }

    /**
     * The three lines for every day from {@code from} to {@code to}, computed exactly as {@link #on} computes one
     * day (the last day of the series equals {@code on(to, sessions)}): days before the first load are zero.
     */
    public static List<Day> daily(LocalDate from, LocalDate to, Collection<SessionLoad> sessions) {
        var byDay = new java.util.TreeMap<LocalDate, Double>();
        sessions.stream().filter(s -> !s.date().isAfter(to)).forEach(s -> byDay.merge(s.date(), s.load(), Double::sum));
        var days = new java.util.ArrayList<Day>();
        var fitnessDecay = 1 - Math.exp(-1.0 / FITNESS_DAYS);
        var fatigueDecay = 1 - Math.exp(-1.0 / FATIGUE_DAYS);
        double ctl = 0, atl = 0;
        var start = byDay.isEmpty() || byDay.firstKey().isAfter(from) ? from : byDay.firstKey();
        for (var day = start; !day.isAfter(to); day = day.plusDays(1)) {
            var form = ctl - atl;
            var load = byDay.getOrDefault(day, 0.0);
            ctl += (load - ctl) * fitnessDecay;
            atl += (load - atl) * fatigueDecay;
            if (!day.isBefore(from)) {
                days.add(new Day(day, ctl, atl, form));
            }
        }
        return days;
    }

    /** Mean over the last {@code days} calendar days; days before the first load count as zero. */
    private static double meanOfLast(double[] daily, int days) {
        var sum = 0.0;
        for (var i = Math.max(0, daily.length - days); i < daily.length; i++) {
            sum += daily[i];
        }
        return sum / days;
    }
}
