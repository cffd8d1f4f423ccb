package app.runaway.athlete;

/** Published when an athlete's profile (units, zone, heart-rate settings...) changes. */
public record AthleteProfileChanged(long athleteId) {
}
