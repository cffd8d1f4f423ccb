package app.runaway.strava.client;

import app.runaway.activity.ActivitySource;
import app.runaway.activity.FootSports;
import app.runaway.activity.NewActivity;
import app.runaway.activity.WorkoutType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Strava's JSON to Runaway's own types: the one place that knows both. */
final class StravaMapper {
    private StravaMapper() {
    }

    /**
     * An activity as the store takes it. A detailed record (resource_state 3) knows whether there is a description,
     * gear and device, and says "none" with an empty text; a list summary does not know, and leaves them null so
     * that it erases nothing the store already has.
     */
    static NewActivity activity(StravaJson.Activity a) {
        if (a.id() == null || a.startDate() == null) {
            throw new StravaApiException.Unavailable("Strava sent an activity without an id or start date");
        }
        var detailed = a.resourceState() != null && a.resourceState() >= 3;
        var sport = a.sportType() != null ? a.sportType() : a.type() != null ? a.type() : "Workout";
        return new NewActivity(
                a.id(),
                null,
                ActivitySource.STRAVA_API,
                a.name() == null ? "" : a.name(),
                sport,
                start(a.startDate()),
                zone(a.timezone()),
                a.distance() == null ? 0 : a.distance(),
                a.movingTime() == null ? 0 : a.movingTime(),
                a.elapsedTime() == null ? 0 : a.elapsedTime(),
                a.totalElevationGain(),
                a.averageSpeed(),
                a.maxSpeed(),
                a.averageHeartrate(),
                a.maxHeartrate(),
                cadence(a.averageCadence(), sport),
                workoutType(a.workoutType(), sport),
                detailed ? known(a.gear() == null ? null : a.gear().name()) : null,
                Boolean.TRUE.equals(a.commute()),
                Boolean.TRUE.equals(a.trainer()),
                Boolean.TRUE.equals(a.manual()),
                detailed ? known(a.description()) : null,
                a.sufferScore(),
                null,
                detailed ? known(a.deviceName()) : a.deviceName());
    }

    static StravaAthlete athlete(StravaJson.Athlete athlete) {
        if (athlete == null || athlete.id() == null) {
            throw new StravaApiException.Unavailable("Strava sent no athlete with the token");
        }
        var name = ((athlete.firstname() == null ? "" : athlete.firstname()) + " "
                + (athlete.lastname() == null ? "" : athlete.lastname())).strip();
        return new StravaAthlete(athlete.id(), name.isEmpty() ? null : name);
    }

    static TokenGrant grant(StravaJson.Token token, Instant now) {
        if (token.accessToken() == null || token.refreshToken() == null) {
            throw new StravaApiException.Unavailable("Strava's token answer lacks a token");
        }
        var expiresAt = token.expiresAt() != null ? Instant.ofEpochSecond(token.expiresAt())
                : now.plusSeconds(token.expiresIn() == null ? 3600 : token.expiresIn());
        return new TokenGrant(token.accessToken(), token.refreshToken(), expiresAt,
                token.athlete() == null ? null : athlete(token.athlete()));
    }

    private static String known(String text) {
        return text == null ? "" : text;
    }

    private static Instant start(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new StravaApiException.Unavailable("Strava sent an unreadable start date");
        }
    }

    /** Strava writes a zone as "(GMT-08:00) America/Los_Angeles": the IANA name follows the offset. */
    static ZoneId zone(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var name = text.substring(text.indexOf(')') + 1).strip();
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Strava's API gives a run's cadence per leg (strides per minute, about 85); runners and Runaway speak of steps
     * per minute, both feet (the recordings' {@code Cadence} rule does the same).
     */
    private static Double cadence(Double cadence, String sport) {
        return cadence == null ? null : FootSports.includes(sport) ? cadence * 2 : cadence;
    }

    /** Strava's codes: 0-3 for runs (default, race, long run, workout), 10-12 for rides (default, race, workout). */
    private static WorkoutType workoutType(Integer code, String sport) {
        if (code == null) {
            return sport.endsWith("Run") ? WorkoutType.DEFAULT : null;
        }
        return switch (code) {
            case 1, 11 -> WorkoutType.RACE;
            case 2 -> WorkoutType.LONG_RUN;
            case 3, 12 -> WorkoutType.WORKOUT;
            default -> WorkoutType.DEFAULT;
        };
    }
}
