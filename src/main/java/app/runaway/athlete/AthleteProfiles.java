package app.runaway.athlete;

import app.runaway.platform.NotFoundException;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes athletes' profiles. */
@Service
public class AthleteProfiles {
    private final Athletes athletes;
    private final ApplicationEventPublisher events;

    AthleteProfiles(Athletes athletes, ApplicationEventPublisher events) {
        this.athletes = athletes;
        this.events = events;
    }

    public AthleteProfile get(long athleteId) {
        return athletes.find(athleteId).orElseThrow(() -> new NotFoundException("athlete"));
    }

    /**
     * Applies a partial change; activities that take the athlete's zone move with it, in the same transaction. The
     * athlete's row is locked before it is read: two simultaneous changes of different fields both hold.
     */
    @Transactional
    public AthleteProfile change(long athleteId, Map<String, Object> changes) {
        if (!athletes.lockForChange(athleteId)) {
            throw new NotFoundException("athlete");
        }
        var current = get(athleteId);
        var changed = ProfileChange.apply(current, changes, athletes::databaseKnowsZone);
        athletes.update(changed);
        events.publishEvent(new AthleteProfileChanged(athleteId));
        if (!changed.timezone().equals(current.timezone())) {
            events.publishEvent(new AthleteTimezoneChanged(athleteId, changed.timezone()));
        }
        return changed;
    }
}
