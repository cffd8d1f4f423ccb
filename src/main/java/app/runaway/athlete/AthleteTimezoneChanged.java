package app.runaway.athlete;

import java.time.ZoneId;

/** Published when an athlete moves to another time zone; activities without a zone of their own follow it. */
public record AthleteTimezoneChanged(long athleteId, ZoneId timezone) {
}
