package app.runaway.importing.recording;

import java.time.Instant;

/**
 * One sample of a recording, whatever the format. Every channel but the time may be missing.
 *
 * @param segment    points in different segments are separated by a pause of the recorder (a GPX {@code trkseg},
 *                   a TCX {@code Track}); nothing between two segments counts as distance or moving time
 * @param distanceM  the device's own cumulative distance (FIT, TCX), null when only positions are known (GPX)
 * @param cadence    as the file records it: for foot sports that is strides per minute (one foot), see {@link Cadence}
 */
record TrackPoint(
        int segment,
        Instant time,
        Double latitude,
        Double longitude,
        Double altitudeM,
        Double distanceM,
        Double heartRate,
        Double cadence) {

    boolean hasPosition() {
        return latitude != null && longitude != null;
    }
}
