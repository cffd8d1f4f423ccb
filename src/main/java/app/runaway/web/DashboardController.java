package app.runaway.web;

import app.runaway.activity.ActivityFilter;
import app.runaway.activity.ActivityStats;
import app.runaway.activity.FootSports;
import app.runaway.activity.StatsPeriod;
import app.runaway.analysis.AnalysisService;
import app.runaway.athlete.AthleteProfiles;
import app.runaway.platform.InvalidInputException;
import app.runaway.platform.RequestDates;
import app.runaway.security.CurrentAthlete;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard: weekly distance, monthly totals by year, fitness/fatigue/form, pace at comparable effort, time in
 * heart-rate zones and records, for a chosen span of weeks ending on a chosen day, in the athlete's units and
 * calendar. Every figure comes from the activity store's totals or the coach; this class only arranges them.
 */
@Controller
class DashboardController {
    static final List<Integer> SPANS = List.of(13, 26, 52);
    static final int YEARS_OF_MONTHS = 3;

    private final ActivityStats stats;
    private final AnalysisService analyses;
    private final AthleteProfiles profiles;
    private final DashboardCharts charts;
    private final Clock clock;
    private final StravaSection strava;

    DashboardController(ActivityStats stats, AnalysisService analyses, AthleteProfiles profiles,
                        DashboardCharts charts, Clock clock, StravaSection strava) {
        this.stats = stats;
        this.analyses = analyses;
        this.profiles = profiles;
        this.charts = charts;
        this.clock = clock;
        this.strava = strava;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal CurrentAthlete athlete,
                     @RequestParam(defaultValue = "26") String weeks,
                     @RequestParam(required = false) String until,
                     @RequestParam(defaultValue = "runs") String sport,
                     @RequestParam(required = false) String sync, HttpServletRequest request, Model model) {
        var span = spanOf(weeks);
        if (!sport.equals("runs") && !sport.equals("all")) {
            throw new InvalidInputException("sport", "must be 'runs' or 'all'");
        }
        strava.addWelcome(athlete.id(), sync, request, model);
        var profile = profiles.get(athlete.id());
        var today = LocalDate.now(clock.withZone(profile.timezone()));
        var history = stats.span(athlete.id());
        var chosen = until == null || until.isBlank() ? null : RequestDates.parse("until", until);
        // a history that ended before the weeks shown (an old export) is shown up to its last day, and says so
        var last = chosen != null ? chosen : history.map(h -> h[1])
                .filter(lastDay -> lastDay.isBefore(StatsPeriod.WEEK.startOf(today).minusWeeks(span - 1L)))
                .orElse(today);
        model.addAttribute("weeks", span);
        model.addAttribute("spans", SPANS);
        model.addAttribute("until", last);
        model.addAttribute("today", today);
        model.addAttribute("sport", sport);
        model.addAttribute("endsEarlier", chosen == null && !last.equals(today));
        model.addAttribute("empty", history.isEmpty());
        if (history.isEmpty()) {
            return "dashboard";
        }
        model.addAttribute("firstDay", history.get()[0]);
        model.addAttribute("lastDay", history.get()[1]);
        Set<String> sports = sport.equals("runs") ? FootSports.RUNS : null;
        var units = profile.units();

        var firstWeek = StatsPeriod.WEEK.startOf(last).minusWeeks(span - 1L);
        var weeksShown = ActivityFilter.of(sports, firstWeek, last);
        var weekly = stats.buckets(athlete.id(), weeksShown, StatsPeriod.WEEK);
        model.addAttribute("weekly", weekly);
        model.addAttribute("weeklyTotal", stats.totals(athlete.id(), weeksShown));
        model.addAttribute("weeklyChart", charts.weekly(weekly, units));

        var firstYear = last.getYear() - (YEARS_OF_MONTHS - 1);
        var monthly = stats.buckets(athlete.id(), ActivityFilter.of(sports, LocalDate.of(firstYear, 1, 1), last),
                StatsPeriod.MONTH);
        var byYear = MonthlyTotals.of(monthly, firstYear, last.getYear());
        model.addAttribute("monthly", byYear);
        model.addAttribute("monthlyChart", charts.monthly(byYear, units));

        var training = analyses.history(athlete.id(), last.minusDays(364), last);
        model.addAttribute("training", training);
        model.addAttribute("loadChart", charts.load(training));
        model.addAttribute("paceChart", charts.pace(training, units));
        model.addAttribute("zonesChart", charts.zones(training));
        model.addAttribute("records", analyses.records(athlete.id()));
        return "dashboard";
    }

    private static int spanOf(String weeks) {
        try {
            var span = Integer.parseInt(weeks.strip());
            if (SPANS.contains(span)) {
                return span;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other value
        }
        throw new InvalidInputException("weeks", "must be one of " + SPANS);
    }
}
