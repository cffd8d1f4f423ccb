package app.runaway.web;

import app.runaway.activity.ActivityEvidence;
import app.runaway.activity.ActivityQuery;
import app.runaway.activity.ActivityReader;
import app.runaway.activity.ActivitySort;
import app.runaway.activity.ActivityStore;
import app.runaway.activity.FootSports;
import app.runaway.activity.PageCursor;
import app.runaway.athlete.AthleteProfiles;
import app.runaway.platform.InvalidInputException;
import app.runaway.platform.NotFoundException;
import app.runaway.platform.RequestDates;
import app.runaway.security.CurrentAthlete;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The activity list (filters, sorting, pages) and one activity's page, over the activity store's own queries. */
@Controller
class ActivityPages {
    static final int PAGE_SIZE = 50;
    private static final double LONGEST_FILTER = 1_000_000;

    private final ActivityReader activities;
    private final AthleteProfiles profiles;
    private final ActivityRoutes routes;
    private final ActivityStore store;

    ActivityPages(ActivityReader activities, AthleteProfiles profiles, ActivityRoutes routes, ActivityStore store) {
        this.activities = activities;
        this.profiles = profiles;
        this.routes = routes;
        this.store = store;
    }

    @GetMapping("/activities")
    String list(@AuthenticationPrincipal CurrentAthlete athlete,
                @RequestParam(defaultValue = "") String sport,
                @RequestParam(defaultValue = "") String from,
                @RequestParam(defaultValue = "") String to,
                @RequestParam(name = "min_distance", defaultValue = "") String minDistance,
                @RequestParam(defaultValue = "-start_date") String sort,
                @RequestParam(defaultValue = "") String cursor, Model model) {
        var units = profiles.get(athlete.id()).units();
        var order = ActivitySort.fromCode(sort).orElseThrow(
                () -> new InvalidInputException("sort", "must be one of " + ActivitySort.codes()));
        var first = from.isBlank() ? null : RequestDates.parse("from", from);
        var last = to.isBlank() ? null : RequestDates.parse("to", to);
        Double minMetres = null;
        if (!minDistance.isBlank()) {
            double amount;
            try {
                amount = Double.parseDouble(minDistance.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("min_distance", "must be a number of " + units.distanceUnit());
            }
            if (!(amount >= 0 && amount * units.metresPerUnit() <= LONGEST_FILTER)) {
                throw new InvalidInputException("min_distance", "must be from 0 to 1000 km");
            }
            minMetres = amount * units.metresPerUnit();
        }
        PageCursor page = null;
        if (!cursor.isBlank()) {
            page = PageCursor.decode(cursor).filter(c -> c.sort() == order).orElseThrow(
                    () -> new InvalidInputException("cursor", "is not a page of this list (was the sort changed?)"));
        }
        Set<String> sports = switch (sport) {
            case "" -> null;
            case "runs" -> FootSports.RUNS;
            default -> Set.of(sport);
        };
        var found = activities.list(athlete.id(), new ActivityQuery(sports, null, null,
                first == null ? null : first.atStartOfDay(), last == null ? null : last.plusDays(1).atStartOfDay(),
                minMetres, null, order, page, PAGE_SIZE));
        model.addAttribute("activities", found.activities());
        model.addAttribute("nextCursor", found.nextCursor());
        model.addAttribute("sportTypes", activities.sportTypes(athlete.id()));
        model.addAttribute("sport", sport);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("minDistance", minDistance);
        model.addAttribute("sort", order.code());
        model.addAttribute("firstPage", page == null);
        return "activities";
    }

    @GetMapping("/activities/{id}")
    String activity(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable long id, Model model) {
        var activity = activities.find(athlete.id(), id).orElseThrow(() -> new NotFoundException("activity " + id));
        model.addAttribute("activity", activity);
        model.addAttribute("route", routes.outline(activity.track()).orElse(null));
        return "activity";
    }

    /**
     * The athlete's say on a run as evidence of fitness, as {@code PUT /api/activities/{id}/evidence} takes it:
     * "exclude", "include" or "auto" (the coach's checks decide).
     */
    @PostMapping("/activities/{id}/evidence")
    String evidence(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable long id,
                    @RequestParam(required = false) String evidence) {
        if (!store.setEvidence(athlete.id(), id, ActivityEvidence.fromRequest(evidence))) {
            throw new NotFoundException("activity " + id);
        }
        return "redirect:/activities/" + id + "?evidence-saved";
    }
}
