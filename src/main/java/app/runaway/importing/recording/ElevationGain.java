package app.runaway.importing.recording;

import java.util.List;

/**
 * Total climb from a series of altitudes. Raw altitude wobbles by a metre or two from sample to sample (barometer
 * noise, GPS altitude even more), and summing every small rise would report a flat run as a hilly one. So a change
 * counts only once the altitude has moved at least {@value #THRESHOLD_M} m away from the last altitude we counted
 * from (a dead band, as Garmin and GPX tools such as gpxpy do); rises and falls smaller than that are taken as noise.
 * The cost is that each climb is under-counted by less than the threshold.
 */
final class ElevationGain {

    static final double THRESHOLD_M = 3.0;

    private ElevationGain() {
    }

    /** @return metres climbed, or null when no point has an altitude */
    static Double of(List<TrackPoint> points) {
        Double reference = null;
        var segment = -1;
        var gain = 0.0;
        for (var point : points) {
            var altitude = point.altitudeM();
            if (altitude == null) {
                continue;
            }
            if (reference == null || point.segment() != segment) {
                // A pause may move the athlete anywhere; start counting afresh in a new segment.
                reference = altitude;
                segment = point.segment();
                continue;
            }
            var change = altitude - reference;
            if (Math.abs(change) >= THRESHOLD_M) {
                gain += Math.max(change, 0);
                reference = altitude;
            }
        }
        return reference == null ? null : gain;
    }
}
