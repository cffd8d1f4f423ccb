package app.runaway.activity;


import app.runaway.athlete.AthleteProfiles;
import app.runaway.athlete.Units;
import app.runaway.platform.InvalidInputException;
import app.runaway.platform.RequestDates;
import app.runaway.security.CurrentAthlete;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Totals per week (Monday first), month or year, in the athlete's local calendar. */
@RestController
class StatsController {
    private static final int MAX_PERIODS = 3000;

    private final ActivityStats stats;
    private final AthleteProfiles profiles;
    private final Clock clock;

    StatsController(ActivityStats stats, AthleteProfiles profiles, Clock clock) {
        this.stats = stats;
        this.profiles = profiles;
        this.clock = clock;
    }

    record TotalsView(int count, double distanceM, double distance, long movingTimeS, String movingTime,
                      double elevationGainM) {
        static TotalsView of(PeriodTotals.Totals totals, Units units) {
            return new TotalsView(totals.count(), round(totals.distanceM(), 1),
                    round(new Distance(totals.distanceM()).in(units), 2), totals.movingTimeS(),
                    Durations.clock(totals.movingTimeS()), round(totals.elevationGainM(), 1));
        }
    }

    record PeriodView(LocalDate start, LocalDate end, int count, double distanceM, double distance,
                      long movingTimeS, String movingTime, double elevationGainM, Map<String, TotalsView> bySportType) {
    }

    record StatsView(String period, LocalDate from, LocalDate to, String timezone, String units, String distanceUnit,
                     List<PeriodView> periods, TotalsView totals) {
    }

    @GetMapping("/api/stats")
    StatsView stats(@AuthenticationPrincipal CurrentAthlete athlete,
                    @RequestParam(defaultValue = "week") String period,
                    @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to,
                    @RequestParam(name = "sport_type", required = false) String sportType) {
        var bucket = switch (period) {
            case "week" -> StatsPeriod.WEEK;
            case "month" -> StatsPeriod.MONTH;
            case "year" -> StatsPeriod.YEAR;
            default -> throw new InvalidInputException("period", "must be 'week', 'month' or 'year'");
        };
        var profile = profiles.get(athlete.id());
        var today = LocalDate.now(clock.withZone(profile.timezone()));
        var span = stats.span(athlete.id());
        // By default: from the first activity to today, or to the last activity when it lies ahead (a planned race).
        var last = to != null ? RequestDates.parse("to", to) : span.map(s -> s[1].isAfter(today) ? s[1] : today).orElse(today);
        var first = from != null ? RequestDates.parse("from", from) : span.map(s -> s[0].isBefore(last) ? s[0] : last).orElse(last);
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "must not be before 'from'");
        }
        if (bucket.unit().between(bucket.startOf(first), last) > MAX_PERIODS) {
            throw new InvalidInputException("from", "the range holds more than " + MAX_PERIODS + " periods");
        }
        var units = profile.units();
        var periods = stats.totals(athlete.id(), bucket, first, last, sportType == null || sportType.isBlank()
                ? null : sportType);
        var views = periods.stream().map(p -> {
            var bySport = new LinkedHashMap<String, TotalsView>();
            p.bySportType().forEach((sport, totals) -> bySport.put(sport, TotalsView.of(totals, units)));
            var total = TotalsView.of(p.total(), units);
            return new PeriodView(p.start(), p.end(), total.count(), total.distanceM(), total.distance(),
                    total.movingTimeS(), total.movingTime(), total.elevationGainM(), bySport);
        }).toList();
        var grand = periods.stream().map(PeriodTotals::total)
                .reduce(PeriodTotals.Totals.ZERO, PeriodTotals.Totals::plus);
        return new StatsView(period, first, last, profile.timezone().getId(), units.code(), units.distanceUnit(),
                views, TotalsView.of(grand, units));
    }


    private static double round(double value, int decimals) {
        var scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
