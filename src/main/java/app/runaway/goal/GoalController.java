package app.runaway.goal;

import app.runaway.activity.Distance;
import app.runaway.activity.Durations;
import app.runaway.activity.Pace;
import app.runaway.athlete.AthleteProfiles;
import app.runaway.athlete.Units;
import app.runaway.platform.InvalidInputException;
import app.runaway.platform.NotFoundException;
import app.runaway.security.CurrentAthlete;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The athlete's race goals: the coach plans toward the nearest active one. */
@RestController
@RequestMapping("/api/goals")
class GoalController {
    private final Goals goals;
    private final AthleteProfiles profiles;
    private final Clock clock;

    GoalController(Goals goals, AthleteProfiles profiles, Clock clock) {
        this.goals = goals;
        this.profiles = profiles;
        this.clock = clock;
    }

    record GoalView(long id, String description, double distanceM, String distance, Integer targetTimeS,
                    String targetTime, String targetPace, LocalDate raceDate, Long daysToRace, String priority,
                    String status) {
    }

    record GoalList(List<GoalView> goals) {
    }

    @GetMapping
    GoalList list(@AuthenticationPrincipal CurrentAthlete athlete,
                  @RequestParam(required = false) String status) {
        var filter = status == null || status.isBlank() ? null : GoalChange.status(status);
        return new GoalList(goals.list(athlete.id(), filter).stream().map(g -> view(athlete, g)).toList());
    }

    @GetMapping("/{id}")
    GoalView get(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable long id) {
        return view(athlete, find(athlete, id));
    }

    @PostMapping
    @Transactional
    ResponseEntity<GoalView> create(@AuthenticationPrincipal CurrentAthlete athlete,
                                    @RequestBody Map<String, Object> body) {
        if (body.containsKey("status")) {
            throw new InvalidInputException("status", "a new goal is active; change its status later with PUT");
        }
        var id = goals.insert(athlete.id(), GoalChange.newGoal(body));
        return ResponseEntity.created(URI.create("/api/goals/" + id)).body(view(athlete, find(athlete, id)));
    }

    @PutMapping("/{id}")
    @Transactional
    GoalView change(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable long id,
                    @RequestBody Map<String, Object> body) {
        var current = goals.findForChange(athlete.id(), id).orElseThrow(() -> new NotFoundException("goal " + id));
        var race = GoalChange.apply(current.race(), body);
        var status = body.containsKey("status") ? GoalChange.status(body.get("status")) : current.status();
        goals.update(new Goal(id, athlete.id(), race, status));
        return view(athlete, find(athlete, id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable long id) {
        if (!goals.delete(athlete.id(), id)) {
            throw new NotFoundException("goal " + id);
        }
        return ResponseEntity.noContent().build();
    }

    private Goal find(CurrentAthlete athlete, long id) {
        return goals.find(athlete.id(), id).orElseThrow(() -> new NotFoundException("goal " + id));
    }

    private GoalView view(CurrentAthlete athlete, Goal goal) {
        var profile = profiles.get(athlete.id());
        Units units = profile.units();
        var race = goal.race();
        var today = LocalDate.now(clock.withZone(profile.timezone()));
        var target = race.targetTimeS();
        return new GoalView(goal.id(), race.description(), race.distanceM(),
                new Distance(race.distanceM()).format(units), target,
                target == null ? null : Durations.clock(target),
                target == null ? null : Pace.of(race.distanceM(), target).map(p -> p.format(units)).orElse(null),
                race.raceDate(), race.raceDate() == null ? null : ChronoUnit.DAYS.between(today, race.raceDate()),
                race.priority().name(), goal.status().code());
    }
}
