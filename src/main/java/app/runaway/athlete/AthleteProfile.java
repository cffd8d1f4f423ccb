package app.runaway.athlete;

import java.time.ZoneId;

/** An athlete's profile: who they are, how they want numbers shown, and their heart-rate settings. */
public record AthleteProfile(
        long id,
        String name,
        Units units,
        ZoneId timezone,
        Integer birthYear,
        String sex,
        Integer maxHeartrate,
        Integer restingHeartrate) {
}
