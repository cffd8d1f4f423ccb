package app.runaway.coach.agents;

import app.runaway.coach.CoachReport.Effort;
import app.runaway.coach.CoachReport.PerformanceMetrics;
import app.runaway.coach.CoachReport.RunTypePace;
import app.runaway.coach.CoachReport.TrainingLoad;
import app.runaway.coach.CoachReport.TrendLine;
import app.runaway.coach.CoachReport.Trends;
import app.runaway.coach.RunSample;
import app.runaway.coach.load.TrainingLoadStatus;
import app.runaway.coach.performance.LastRun;
import app.runaway.coach.performance.PaceTrend;
import app.runaway.coach.performance.Trend;
import java.util.Locale;

/**
 * How training is going: weekly distance (current week and 4- and 12-week averages), average pace, consistency,
 * trends with their significance, and training load (CTL, ATL, TSB, ACWR), all from the science core.
 */
final class PerformanceAgent {
    private PerformanceAgent() {
    }

    static PerformanceMetrics run(CoachState state) {
        var evidence = state.evidence();
        var units = state.units();
        var volume = evidence.weeklyVolume();
        var window = state.request().history().stream().filter(RunSample::isRun)
                .filter(r -> !r.localDate().isBefore(evidence.from()) && !r.localDate().isAfter(evidence.asOf()))
                .toList();
        var windowDistance = window.stream().mapToDouble(RunSample::distanceM).sum();
        var windowTime = window.stream().mapToInt(RunSample::movingTimeS).sum();
        Double avgPace = windowDistance > 0 && windowTime > 0 ? windowTime / (windowDistance / 1000) : null;
        var fourWeeks = volume.fourWeekAverageM();
        var weekly = fourWeeks.isPresent() ? fourWeeks.getAsDouble() : volume.currentWeek().distanceM();
        var consistency = evidence.consistency();
        return new PerformanceMetrics(
                units.distance(weekly), units.distanceUnit(), units.distance(volume.currentWeek().distanceM()),
                fourWeeks.isPresent() ? units.distance(fourWeeks.getAsDouble()) : null,
                volume.twelveWeekAverageM().isPresent() ? units.distance(volume.twelveWeekAverageM().getAsDouble())
                        : null,
                avgPace == null ? null : units.pace(avgPace),
                avgPace == null ? null : CoachUnits.round(avgPace, 1),
                consistency.map(c -> CoachUnits.round(c.score(), 2)).orElse(null),
                "half the share of the last 12 complete weeks with at least the usual number of runs, half the "
                        + "steadiness of weekly distance (1 - its coefficient of variation)",
                new Trends(mileage(evidence.distanceTrend(), units), pace(evidence.paceTrend())),
                load(evidence.trainingLoad()),
                evidence.paceByRunType().stream().map(p -> new RunTypePace(p.runType().code(), p.runs(),
                        units.distance(p.distanceM()), units.pace(p.secondsPerKm()),
                        CoachUnits.round(p.secondsPerKm(), 1))).toList(),
                evidence.bestEfforts().stream().map(e -> new Effort(e.distance().code(), e.activityId(),
                        e.stravaId(), e.name(), e.date(), CoachUnits.clock(e.estimatedSeconds()),
                        CoachUnits.round(e.estimatedSeconds(), 0), units.pace(e.secondsPerKm()))).toList(),
                window.size(), units.distance(windowDistance),
                evidence.lastRun().map(LastRun::date).orElse(null),
                evidence.lastRun().map(LastRun::daysAgo).orElse(null),
                evidence.lastRun().map(last -> sinceLastRun(last, evidence.asOf())).orElse(null), null);
    }

    /** "3 weeks (since Friday, 14 February 2025)", or "today". */
    static String sinceLastRun(LastRun last, java.time.LocalDate asOf) {
        return last.daysAgo() == 0 ? "today" : last.ago(asOf) + " (since " + last.day() + ")";
    }

    private static TrendLine mileage(Trend trend, CoachUnits units) {
        return switch (trend) {
            case Trend.Fitted fitted -> new TrendLine(fitted.direction().code(), null,
                    CoachUnits.round(fitted.slope() * 1000 / units.metresPerUnit(), 3),
                    units.distanceUnit() + " per week, per week", CoachUnits.round(fitted.pValue(), 4),
                    fitted.points(), "weekly distance of the complete weeks in the window");
            case Trend.TooFewPoints few -> new TrendLine("stable", null, null, null, null, few.points(),
                    "too few complete weeks in the window (" + few.points() + " of " + few.needed() + " needed)");
        };
    }

    private static TrendLine pace(PaceTrend paceTrend) {
        var basis = paceTrend.basis().name().toLowerCase(Locale.ROOT);
        return switch (paceTrend.trend()) {
            case Trend.Fitted fitted -> new TrendLine(fitted.direction().code(), paceTrend.verdict().code(),
                    CoachUnits.round(fitted.slope(), 3), "seconds per km, per week",
                    CoachUnits.round(fitted.pValue(), 4), fitted.points(), basis);
            case Trend.TooFewPoints few -> new TrendLine("stable", paceTrend.verdict().code(), null, null, null,
                    few.points(), "too few easy runs in the window (" + few.points() + " of " + few.needed() + ")");
        };
    }

    private static TrainingLoad load(TrainingLoadStatus load) {
        return new TrainingLoad(CoachUnits.round(load.ctl(), 1), CoachUnits.round(load.atl(), 1),
                CoachUnits.round(load.tsb(), 1),
                load.acwr().isPresent() ? CoachUnits.round(load.acwr().getAsDouble(), 2) : 0,
                load.acwr().isPresent() ? null : "no training load in the last 28 days: the ratio is undefined",
                load.method().code(), CoachUnits.round(load.acuteDailyLoad(), 1),
                CoachUnits.round(load.chronicDailyLoad(), 1), TrainingLoadStatus.ACWR_CAVEAT);
    }
}
