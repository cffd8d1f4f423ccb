package app.runaway.importing;

import app.runaway.activity.ActivitySource;
import app.runaway.activity.NewActivity;
import app.runaway.activity.TrackSummary;
import app.runaway.activity.WorkoutType;
import app.runaway.importing.recording.Recording;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Turns a recording that is the only source of an activity (an uploaded file) into the activity it records. */
final class RecordedActivities {
    /** Faster than about 2:34 per km on average is not running: a file that names no sport was a ride. */
    private static final double FASTEST_RUNNING_SPEED_MPS = 6.5;

    private RecordedActivities() {
    }

    static NewActivity from(Recording recording, ZoneId athleteZone) {
        var track = recording.track();
        var start = start(recording, athleteZone);
        var distance = orZero(track.distanceM());
        int moving = track.movingTimeS() != null ? track.movingTimeS()
                : track.elapsedTimeS() != null ? track.elapsedTimeS() : 0;
        int elapsed = track.elapsedTimeS() != null ? track.elapsedTimeS() : moving;
        var sport = recording.sportType() != null ? recording.sportType() : inferSport(distance, moving);
        var local = recording.startDateLocal() != null ? recording.startDateLocal()
                : LocalDateTime.ofInstant(start, athleteZone);
        var name = recording.name() != null && !recording.name().isBlank() ? recording.name().strip()
                : partOfDay(local) + " " + spaced(sport);
        return new NewActivity(
                null,
                fingerprint(recording, start),
                ActivitySource.FILE_UPLOAD,
                name,
                sport,
                start,
                recordedOffset(recording),
                distance,
                moving,
                elapsed,
                track.elevationGainM(),
                moving > 0 ? distance / moving : null,
                null,
                track.averageHeartrate(),
                track.maxHeartrate(),
                track.averageCadence(),
                sport.endsWith("Run") ? WorkoutType.DEFAULT : null,
                null,
                false,
                false,
                false,
                null,
                null,
                track,
                null,
                recording.calories());
    }

    /**
     * A file has no Strava id, so its start identifies it: one athlete does not start two activities in the same
     * second. A file that only knows local time is keyed by that, so a later change of the athlete's zone does not
     * turn a re-import into a duplicate.
     */
    private static String fingerprint(Recording recording, Instant start) {
        return recording.startDate() != null ? "start:" + recording.startDate().getEpochSecond()
                : "local:" + recording.startDateLocal();
    }

    /**
     * A FIT file states both UTC and local time, so it knows the offset where the run happened (a race abroad
     * counts on its own local day). Other files do not: null, the athlete's zone.
     */
    private static ZoneOffset recordedOffset(Recording recording) {
        if (recording.startDate() == null || recording.startDateLocal() == null) {
            return null;
        }
        var seconds = Duration.between(recording.startDate(), recording.startDateLocal().toInstant(ZoneOffset.UTC))
                .getSeconds();
        var quarterHours = Math.round(seconds / 900.0); // offsets are whole quarter hours; the clocks may differ by a second
        return Math.abs(quarterHours) <= 18 * 4 ? ZoneOffset.ofTotalSeconds((int) quarterHours * 900) : null;
    }

    private static Instant start(Recording recording, ZoneId athleteZone) {
        if (recording.startDate() != null) {
            return recording.startDate();
        }
        return recording.startDateLocal().atZone(athleteZone).toInstant();
    }

    private static String inferSport(double distanceM, int movingS) {
        return movingS > 0 && distanceM / movingS > FASTEST_RUNNING_SPEED_MPS ? "Ride" : "Run";
    }

    /** Strava's own default names: "Morning Run", "Evening Ride". */
    private static String partOfDay(LocalDateTime local) {
        var hour = local.getHour();
        if (hour >= 5 && hour < 11) {
            return "Morning";
        } else if (hour >= 11 && hour < 14) {
            return "Lunch";
        } else if (hour >= 14 && hour < 18) {
            return "Afternoon";
        } else if (hour >= 18 && hour < 22) {
            return "Evening";
        }
        return "Night";
    }

    private static String spaced(String sportType) {
        return sportType.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
    }

    private static double orZero(Number value) {
        return value == null ? 0 : value.doubleValue();
    }

    /**
     * The CSV row's figures stay the headline; the track fills only what the row lacks. An export made before 2020
     * states no moving time (the elapsed time stood in for it), so the track's moving time fills that too, never
     * above the row's elapsed time, and the average speed follows from it.
     */
    static NewActivity withTrack(NewActivity row, TrackSummary track, boolean movingTimeRecorded) {
        var moving = row.movingTimeS();
        var averageSpeed = row.averageSpeedMps();
        if (!movingTimeRecorded && track.movingTimeS() != null && track.movingTimeS() > 0) {
            moving = Math.min(track.movingTimeS(), row.elapsedTimeS());
            if (averageSpeed == null && row.distanceM() > 0 && moving > 0) {
                averageSpeed = row.distanceM() / moving;
            }
        }
        return new NewActivity(row.stravaId(), row.fingerprint(), row.source(), row.name(), row.sportType(),
                row.startDate(), row.timezone(), row.distanceM(), moving, row.elapsedTimeS(),
                row.elevationGainM() != null ? row.elevationGainM() : track.elevationGainM(),
                averageSpeed, row.maxSpeedMps(),
                row.averageHeartrate() != null ? row.averageHeartrate() : track.averageHeartrate(),
                row.maxHeartrate() != null ? row.maxHeartrate() : track.maxHeartrate(),
                row.averageCadence() != null ? row.averageCadence() : track.averageCadence(),
                row.workoutType(), row.gearName(), row.commute(), row.trainer(), row.manual(), row.description(),
                row.relativeEffort(), track, row.deviceName(), row.calories());
    }
}
