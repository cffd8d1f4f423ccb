package app.runaway.goal;

/** Published when an athlete's goals are added, changed or removed. */
public record GoalsChanged(long athleteId) {
}
