package app.runaway.web;

import app.runaway.activity.ActivityTotals;
import app.runaway.athlete.Units;
import app.runaway.coach.TrainingHistory;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard's charts, as the JSON app.js draws; every value in the athlete's units. */
@Component
class DashboardCharts {
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

    private final JsonMapper json;

    DashboardCharts(JsonMapper json) {
        this.json = json;
    }

    String weekly(List<ActivityTotals.Bucket> weeks, Units units) {
        var figures = new Figures(units, java.time.ZoneOffset.UTC);
        return ChartData.bar(weeks.stream().map(w -> WEEK.format(w.start())).toList())
                .series("Distance (" + units.distanceUnit() + ")",
                        weeks.stream().map(w -> figures.amount(w.totals().distanceM())).toList(), null)
                .yAxis(units.distanceUnit(), false).json(json);
    }

    String monthly(MonthlyTotals monthly, Units units) {
        var figures = new Figures(units, java.time.ZoneOffset.UTC);
        var chart = ChartData.bar(monthly.months().stream().map(r -> r.month().substring(0, 3)).toList());
        for (var i = 0; i < monthly.years().size(); i++) {
            var column = i;
            chart.series(String.valueOf(monthly.years().get(i)), monthly.months().stream()
                    .map(r -> r.byYear().get(column) == null ? 0.0 : figures.amount(r.byYear().get(column).distanceM()))
                    .toList(), null);
        }
        return chart.yAxis(units.distanceUnit(), false).json(json);
    }

    String load(TrainingHistory history) {
        var days = history.load();
        return ChartData.line(days.stream().map(d -> DAY.format(d.date())).toList())
                .series("Fitness (CTL)", days.stream().map(d -> round(d.ctl())).toList(), "#0b5cad")
                .series("Fatigue (ATL)", days.stream().map(d -> round(d.atl())).toList(), "#c2410c")
                .series("Form (TSB)", days.stream().map(d -> round(d.tsb())).toList(), "#17692f")
                .yAxis("training load per day", false).json(json);
    }

    String pace(TrainingHistory history, Units units) {
        var figures = new Figures(units, java.time.ZoneOffset.UTC);
        var runs = history.comparablePace();
        return ChartData.line(runs.stream().map(r -> DAY.format(r.localDate())).toList())
                .series("Pace (min/" + units.distanceUnit() + ")", runs.stream()
                        .map(r -> figures.paceSeconds(r.secondsPerKm().orElseThrow())).toList(), "#7e22ce")
                .yAxis("min/" + units.distanceUnit(), true).json(json);
    }

    String zones(TrainingHistory history) {
        var zones = history.timeInZones();
        return ChartData.bar(zones.stream().map(z -> "Z" + z.zone() + " " + z.name()).toList())
                .series("Hours", zones.stream().map(z -> round(z.movingTimeS() / 3600.0)).toList(), "#a1191f")
                .yAxis("hours", false).json(json);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
