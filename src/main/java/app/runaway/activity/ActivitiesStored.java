package app.runaway.activity;

import java.util.List;

/** Published after a batch of activities was inserted or changed, for work that follows (search embeddings). */
public record ActivitiesStored(long athleteId, List<Long> activityIds) {
}
