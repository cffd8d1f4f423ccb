package app.runaway.activity;

/**
 * What a recorded track (FIT, GPX, TCX) says about an activity, kept beside the headline figures.
 * Every figure is computed from the recording itself; null where the recording lacks the channel.
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
        String device) {
}
