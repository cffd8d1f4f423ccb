package app.runaway.commitment;


import app.runaway.activity.ActivityStats;
import app.runaway.athlete.AthleteProfiles;
import app.runaway.platform.InvalidInputException;
import app.runaway.platform.RequestFields;
import app.runaway.platform.RequestDates;
import app.runaway.platform.NotFoundException;
import app.runaway.security.CurrentAthlete;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Daily commitments: what the athlete promises for a day, whether the day's activities kept it, and streaks. */
@RestController
@RequestMapping("/api/commitments")
class CommitmentController {
    private static final Set<String> FIELDS = Set.of("sport_type", "target_distance_m", "target_duration_s",
            "description");
    private static final int MAX_DAYS = 800;

    private final Commitments commitments;
    private final CommitmentOverview overview;
    private final ActivityStats stats;
    private final AthleteProfiles profiles;
    private final Clock clock;

    CommitmentController(Commitments commitments, CommitmentOverview overview, ActivityStats stats,
                         AthleteProfiles profiles, Clock clock) {
        this.commitments = commitments;
        this.overview = overview;
        this.stats = stats;
        this.profiles = profiles;
        this.clock = clock;
    }

    record DayView(LocalDate day, String sportType, Double targetDistanceM, Integer targetDurationS,
                   String description, double doneDistanceM, long doneMovingTimeS, String status) {
    }

    @GetMapping
    CommitmentOverview.Overview list(@AuthenticationPrincipal CurrentAthlete athlete,
                         @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        var today = today(athlete);
        var first = from == null ? today.minusDays(29) : RequestDates.parse("from", from);
        var last = to == null ? today.plusDays(7) : RequestDates.parse("to", to);
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
            throw new InvalidInputException("to", "must be on or after 'from', at most " + MAX_DAYS + " days later");
        }
        return overview.between(athlete.id(), first, last, today);
    }

    @PutMapping("/{day}")
    DayView commit(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable String day,
                   @RequestBody Map<String, Object> body) {
        RequestFields.requireKnown(body, FIELDS);
        var date = RequestDates.parse("day", day);
        var sport = body.getOrDefault("sport_type", "Run");
        if (!(sport instanceof String sportType) || !sportType.matches("[A-Za-z]{2,40}")) {
            throw new InvalidInputException("sport_type", "must be a Strava sport type such as 'Run'");
        }
        var distance = positive(body, "target_distance_m", 1_000_000);
        var duration = positive(body, "target_duration_s", 86_400);
        var description = body.get("description");
        if (description != null && (!(description instanceof String text) || text.length() > 300)) {
            throw new InvalidInputException("description", "must be a text of at most 300 characters");
        }
        var commitment = new Commitment(0, date, sportType, distance, duration == null ? null : duration.intValue(),
                (String) description);
        commitments.save(athlete.id(), commitment);
        var today = today(athlete);
        var kept = CommitmentProgress.days(List.of(commitment), stats.dailyTotals(athlete.id(), date, date), today)
                .getFirst();
        return new DayView(date, sportType, distance, commitment.targetDurationS(), commitment.description(),
                kept.doneDistanceM(), kept.doneMovingTimeS(), kept.outcome().name().toLowerCase());
    }

    @DeleteMapping("/{day}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable String day,
                                @RequestParam(name = "sport_type", defaultValue = "Run") String sportType) {
        if (!commitments.delete(athlete.id(), RequestDates.parse("day", day), sportType)) {
            throw new NotFoundException("commitment for " + day);
        }
        return ResponseEntity.noContent().build();
    }

    private LocalDate today(CurrentAthlete athlete) {
        return LocalDate.now(clock.withZone(profiles.get(athlete.id()).timezone()));
    }

    private static Double positive(Map<String, Object> body, String field, double max) {
        var value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() > 0 && number.doubleValue() <= max) {
            return number.doubleValue();
        }
        throw new InvalidInputException(field, "must be a number above 0 and at most " + (long) max);
    }

}
