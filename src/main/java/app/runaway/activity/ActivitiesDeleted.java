package app.runaway.activity;

import java.util.List;

/**
 * Published in the transaction that deleted activities (by the athlete, a Strava webhook, a disconnect, retention),
 * for what was built on them: search vectors, cached answers and analyses, per-athlete versions.
 */
public record ActivitiesDeleted(long athleteId, List<Long> activityIds) {
}
