package app.runaway.importing.recording;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.DateTime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * When a FIT activity started, in UTC and on the athlete's clock.
 *
 * <p>FIT times below 0x10000000 are seconds since the device was switched on (old watches without a GPS fix, such as
 * the Forerunner 70), not dates: then the UTC start is unknown. The activity message's {@code local_timestamp} is the
 * athlete's wall-clock time at the activity message's {@code timestamp}, which devices write at the end of the
 * activity. So the local start is {@code local_timestamp - (activity.timestamp - session.start_time)}; this holds for
 * real and device-relative times alike, since only a difference between two device times is used.
 *
 * @param startSeconds the start in FIT seconds (since 1989-12-31T00:00:00Z, or since power-on), null if unknown
 */
record FitStartTime(Long startSeconds, ActivityMesg activity) {

    static FitStartTime of(FitMessages messages) {
        return new FitStartTime(startSeconds(messages), messages.activity());
    }

    private static Long startSeconds(FitMessages messages) {
        if (!messages.sessions().isEmpty() && messages.sessions().getFirst().getStartTime() != null) {
            return messages.sessions().getFirst().getStartTime().getTimestamp();
        }
        if (!messages.points().isEmpty()) {
            return messages.points().getFirst().time().getEpochSecond() - FitMessages.FIT_EPOCH.getEpochSecond();
        }
        var fileId = messages.fileId();
        return fileId == null || fileId.getTimeCreated() == null ? null : fileId.getTimeCreated().getTimestamp();
    }

    /** @return the UTC start, or null when the file has only device-relative times */
    Instant utc() {
        if (startSeconds == null || startSeconds < DateTime.MIN) {
            return null;
        }
        return FitMessages.FIT_EPOCH.plusSeconds(startSeconds);
    }

    /** @return the athlete's local start, or null when the file does not state local time */
    LocalDateTime local() {
        if (startSeconds == null || activity == null
                || activity.getLocalTimestamp() == null || activity.getTimestamp() == null) {
            return null;
        }
        var secondsSinceStart = activity.getTimestamp().getTimestamp() - startSeconds;
        var localStart = FitMessages.FIT_EPOCH.plusSeconds(activity.getLocalTimestamp() - secondsSinceStart);
        return LocalDateTime.ofInstant(localStart, ZoneOffset.UTC);
    }
}
