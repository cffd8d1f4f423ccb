package app.runaway.athlete;


import app.runaway.platform.InvalidInputException;
import app.runaway.platform.RequestFields;
import app.runaway.platform.RequestDates;
import app.runaway.security.CurrentAthlete;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * `PUT /api/athlete/status`: ill or injured (from a day, optionally until one), or healthy again. The coach plans no
 * intensity inside such a period and a gradual return after it.
 */
@RestController
@RequestMapping("/api/athlete/status")
class AthleteStatusController {
    private static final Set<String> FIELDS = Set.of("status", "from", "until", "note");

    private final AthleteStatuses statuses;
    private final AthleteProfiles profiles;
    private final Clock clock;

    AthleteStatusController(AthleteStatuses statuses, AthleteProfiles profiles, Clock clock) {
        this.statuses = statuses;
        this.profiles = profiles;
        this.clock = clock;
    }

    record StatusView(String status, StatusPeriod current, List<StatusPeriod> periods) {
    }

    @GetMapping
    StatusView get(@AuthenticationPrincipal CurrentAthlete athlete) {
        return view(athlete.id());
    }

    @PutMapping
    StatusView put(@AuthenticationPrincipal CurrentAthlete athlete, @RequestBody Map<String, Object> body) {
        RequestFields.requireKnown(body, FIELDS);
        var status = body.get("status");
        if (!(status instanceof String kind) || !Set.of("ill", "injured", "healthy").contains(kind)) {
            throw new InvalidInputException("status", "must be 'ill', 'injured' or 'healthy'");
        }
        var today = today(athlete.id());
        var from = RequestDates.parse("from", body.get("from"), today);
        var until = RequestDates.parse("until", body.get("until"), null);
        if (until != null && until.isBefore(from)) {
            throw new InvalidInputException("until", "must not be before 'from'");
        }
        var note = body.get("note");
        if (note != null && (!(note instanceof String text) || text.length() > 500)) {
            throw new InvalidInputException("note", "must be a text of at most 500 characters");
        }
        if (kind.equals("healthy")) {
            statuses.recover(athlete.id(), from);
        } else {
            statuses.begin(athlete.id(), kind, from, until, (String) note);
        }
        return view(athlete.id());
    }

    private StatusView view(long athleteId) {
        var today = today(athleteId);
        var periods = statuses.periods(athleteId);
        var current = periods.stream().filter(p -> p.covers(today)).findFirst().orElse(null);
        return new StatusView(current == null ? "healthy" : current.status(), current, periods);
    }

    private LocalDate today(long athleteId) {
        return LocalDate.now(clock.withZone(profiles.get(athleteId).timezone()));
    }

}
