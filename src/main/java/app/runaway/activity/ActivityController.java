package app.runaway.activity;

import app.runaway.athlete.AthleteProfiles;
import app.runaway.platform.InvalidInputException;
import app.runaway.platform.NotFoundException;
import app.runaway.platform.RequestFields;
import app.runaway.security.CurrentAthlete;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The athlete's activities: a filtered, cursor-paginated list, one by id, the athlete's say on one as evidence of
 * fitness, and deleting one.
 */
@RestController
class ActivityController {
    static final int MAX_LIMIT = 200;
    private static final Set<String> EVIDENCE_FIELDS = Set.of("evidence");

    private final ActivityReader reader;
    private final ActivityStore store;
    private final AthleteProfiles profiles;

    ActivityController(ActivityReader reader, ActivityStore store, AthleteProfiles profiles) {
        this.reader = reader;
        this.store = store;
        this.profiles = profiles;
    }

    record ActivityList(List<ActivityView> activities, String nextCursor) {
    }

    @GetMapping("/api/activities")
    ActivityList list(@AuthenticationPrincipal CurrentAthlete athlete,
                      @RequestParam(name = "sport_type", required = false) String sportType,
                      @RequestParam(required = false) String after,
                      @RequestParam(required = false) String before,
                      @RequestParam(name = "min_distance_m", required = false) Double minDistanceM,
                      @RequestParam(name = "max_distance_m", required = false) Double maxDistanceM,
                      @RequestParam(defaultValue = "-start_date") String sort,
                      @RequestParam(required = false) String cursor,
                      @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be from 1 to " + MAX_LIMIT);
        }
        var order = ActivitySort.fromCode(sort).orElseThrow(
                () -> new InvalidInputException("sort", "must be one of " + ActivitySort.codes()));
        PageCursor page = null;
        if (cursor != null && !cursor.isBlank()) {
            page = PageCursor.decode(cursor).filter(c -> c.sort() == order).orElseThrow(
                    () -> new InvalidInputException("cursor", "is not a cursor of this list (was the sort changed?)"));
        }
        var from = TimeBound.parse("after", after);
        var until = TimeBound.parse("before", before);
        var sport = blankToNull(sportType);
        var query = new ActivityQuery(sport == null ? null : java.util.Set.of(sport), from.instant(), until.instant(), from.local(),
                until.local(), minDistanceM, maxDistanceM, order, page, limit);
        var units = profiles.get(athlete.id()).units();
        var result = reader.list(athlete.id(), query);
        return new ActivityList(result.activities().stream().map(a -> ActivityView.of(a, units)).toList(),
                result.nextCursor());
    }

    @GetMapping("/api/activities/{id}")
    ActivityView get(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable long id) {
        var units = profiles.get(athlete.id()).units();
        return reader.find(athlete.id(), id).map(a -> ActivityView.detailed(a, units))
                .orElseThrow(() -> new NotFoundException("activity " + id));
    }

    /**
     * `PUT /api/activities/{id}/evidence` with `{"evidence": "exclude" | "include" | "auto"}`: leave a run out of the
     * evidence of fitness (VDOT, best efforts, records, pace trends; never out of volume), keep it whatever the
     * coach's checks find, or leave it to them. Answers the activity as it now is.
     */
    @PutMapping("/api/activities/{id}/evidence")
    ActivityView setEvidence(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable long id,
                             @RequestBody Map<String, Object> body) {
        RequestFields.requireKnown(body, EVIDENCE_FIELDS);
        if (!store.setEvidence(athlete.id(), id, ActivityEvidence.fromRequest(body.get("evidence")))) {
            throw new NotFoundException("activity " + id);
        }
        return get(athlete, id);
    }

    /**
     * Deletes one activity, with its vectors and every cached answer built on it. An activity still on Strava comes
     * back with the next full sync or import of it.
     */
    @DeleteMapping("/api/activities/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable long id) {
        if (store.delete(athlete.id(), List.of(id)).isEmpty()) {
            throw new NotFoundException("activity " + id);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
