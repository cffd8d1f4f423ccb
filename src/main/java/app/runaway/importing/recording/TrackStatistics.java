package app.runaway.importing.recording;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Figures computed from a recording's points: all a GPX offers, and the fallback for a FIT or TCX whose device did not
 * write a total. Distance prefers the device's cumulative distance and falls back on great-circle distance between
 * positions; moving time follows {@link MovingTime}; elevation gain follows {@link ElevationGain}.
 *
 * <p>Heart rate and cadence averages are time-weighted over moving intervals, each interval taking the value recorded
 * at its end (a device writes the reading it has just measured): with smart recording the samples are 1 to 8 s apart,
 * and a plain mean of samples would over-weight the stretches where the device happened to sample often.
 *
 * @param averageCadence as recorded (strides per minute for foot sports), see {@link Cadence}
 */
record TrackStatistics(
        double distanceM,
        int elapsedTimeS,
        int movingTimeS,
        Double elevationGainM,
        Double averageHeartrate,
        Double maxHeartrate,
        Double averageCadence,
        Double startLatitude,
        Double startLongitude,
        List<List<Double>> route) {

    /** Mean Earth radius (IUGG), the usual choice for the haversine formula; error against WGS84 is under 0.5 %. */
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    static TrackStatistics of(List<TrackPoint> points) {
        var distance = 0.0;
        var moving = 0.0;
        var heartRate = new TimeWeightedMean();
        var cadence = new TimeWeightedMean();
        for (var i = 1; i < points.size(); i++) {
            var from = points.get(i - 1);
            var to = points.get(i);
            if (from.segment() != to.segment()) {
                continue;
            }
            var step = stepDistance(from, to);
            distance += step == null ? 0 : step;
            if (MovingTime.isMoving(from, to, step)) {
                var seconds = MovingTime.seconds(from, to);
                moving += seconds;
                heartRate.add(to.heartRate(), seconds);
                cadence.add(to.cadence(), seconds);
            }
        }
        var start = points.stream().filter(TrackPoint::hasPosition).findFirst();
        return new TrackStatistics(
                distance,
                (int) Math.round(elapsedSeconds(points)),
                (int) Math.round(moving),
                ElevationGain.of(points),
                heartRate.mean(),
                max(points, TrackPoint::heartRate),
                cadence.mean(),
                start.map(TrackPoint::latitude).orElse(null),
                start.map(TrackPoint::longitude).orElse(null),
                route(points));
    }

    /** Evenly picked positions of the track, first and last included, to five decimals (about a metre). */
    static List<List<Double>> route(List<TrackPoint> points) {
        var positioned = points.stream().filter(TrackPoint::hasPosition).toList();
        if (positioned.size() < 2) {
            return null;
        }
        var most = app.runaway.activity.TrackSummary.MOST_ROUTE_POINTS;
        var route = new java.util.ArrayList<List<Double>>();
        var step = Math.max(1.0, (positioned.size() - 1) / (double) (most - 1));
        for (var i = 0.0; Math.round(i) < positioned.size(); i += step) {
            var point = positioned.get((int) Math.round(i));
            route.add(List.of(fiveDecimals(point.latitude()), fiveDecimals(point.longitude())));
        }
        var last = positioned.getLast();
        var lastPair = List.of(fiveDecimals(last.latitude()), fiveDecimals(last.longitude()));
        if (!route.getLast().equals(lastPair)) {
            route.add(lastPair);
        }
        return route;
    }

    private static double fiveDecimals(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    /** The device's distance when both points carry one, else the great-circle distance, else unknown. */
    private static Double stepDistance(TrackPoint from, TrackPoint to) {
        if (from.distanceM() != null && to.distanceM() != null) {
            // A device may reset or re-calibrate its odometer; never let that subtract distance.
            return Math.max(0, to.distanceM() - from.distanceM());
        }
        if (from.hasPosition() && to.hasPosition()) {
            return haversineMetres(from.latitude(), from.longitude(), to.latitude(), to.longitude());
        }
        return null;
    }

    static double haversineMetres(double lat1, double lon1, double lat2, double lon2) {
        var phi1 = Math.toRadians(lat1);
        var phi2 = Math.toRadians(lat2);
        var dPhi = phi2 - phi1;
        var dLambda = Math.toRadians(lon2 - lon1);
        var h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** From the earliest to the latest point: robust to the odd point written out of order. */
    private static double elapsedSeconds(List<TrackPoint> points) {
        if (points.isEmpty()) {
            return 0;
        }
        var first = points.stream().map(TrackPoint::time).min(Comparator.naturalOrder()).orElseThrow();
        var last = points.stream().map(TrackPoint::time).max(Comparator.naturalOrder()).orElseThrow();
        return Duration.between(first, last).toMillis() / 1000.0;
    }

    private static Double max(List<TrackPoint> points, Function<TrackPoint, Double> channel) {
        return points.stream().map(channel).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private static final class TimeWeightedMean {
        private double weightedSum;
        private double seconds;

        void add(Double value, double weightSeconds) {
            if (value != null) {
                weightedSum += value * weightSeconds;
                seconds += weightSeconds;
            }
        }

        Double mean() {
            return seconds > 0 ? weightedSum / seconds : null;
        }
    }
}
