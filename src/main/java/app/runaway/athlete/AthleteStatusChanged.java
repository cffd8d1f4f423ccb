package app.runaway.athlete;

/** Published when an athlete reports being ill, injured, or healthy again. */
public record AthleteStatusChanged(long athleteId) {
}
