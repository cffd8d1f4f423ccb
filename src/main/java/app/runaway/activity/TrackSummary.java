package app.runaway.activity;

import java.util.List;

/**
 * What a recorded track (FIT, GPX, TCX) says about an activity, kept beside the headline figures.
 * Every figure is computed from the recording itself; null where the recording lacks the channel. {@code route} is
 * the track's outline: up to {@link #MOST_ROUTE_POINTS} [latitude, longitude] pairs evenly picked from its
 * positions (null when it has none, and for tracks stored before outlines were kept).
 */
public record TrackSummary(
        String format,
        String fileName,
        int pointCount,
        Double distanceM,
        Integer movingTimeS,
        Integer elapsedTimeS,
        Double elevationGainM,
        Double averageHeartrate,
        Double maxHeartrate,
        Double averageCadence,
        Double startLatitude,
        Double startLongitude,
        String device,
        List<List<Double>> route) {

    /** Positions kept of a track: enough for the outline of a route, about 2 KB of JSON read with every activity. */
    public static final int MOST_ROUTE_POINTS = 120;

    public TrackSummary withoutRoute() {
        return new TrackSummary(format, fileName, pointCount, distanceM, movingTimeS, elapsedTimeS, elevationGainM,
                averageHeartrate, maxHeartrate, averageCadence, startLatitude, startLongitude, device, null);
    }
}
