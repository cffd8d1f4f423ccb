package app.runaway.importing.recording;

import app.runaway.activity.TrackSummary;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * What one activity file (FIT, GPX or TCX) says about the activity it recorded.
 *
 * @param format         "fit", "gpx" or "tcx"
 * @param sportType      a Strava {@code sport_type} name ("Run", "TrailRun", "Ride"...), null when the file does not say
 * @param name           the track's own name (GPX only), else null
 * @param startDate      the start in UTC, null when the file only has device-relative times
 * @param startDateLocal the athlete's wall-clock start, only when the file states local time (FIT), else null
 * @param track          the figures computed from, or written into, the recording
 * @param calories       the energy the device wrote into the file (FIT session, TCX laps), kilocalories, or null
 */
public record Recording(
        String format,
        String sportType,
        String name,
        Instant startDate,
        LocalDateTime startDateLocal,
        TrackSummary track,
        Double calories) {
}
