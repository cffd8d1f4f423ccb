package app.runaway.importing;

import com.garmin.fit.Decode;
import com.garmin.fit.MesgBroadcaster;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SessionMesgListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * What a recording says, worked out here without the importer's parsers, for tests to compare the import with: a
 * GPX by plain iteration over its points under the rules the README states (moving while covering 0.5 m/s or more,
 * heart rate and cadence weighted by moving time, climb in steps of 3 m), a FIT from its session message as the
 * Garmin SDK decodes it.
 */
record IndependentTrack(int movingTimeS, Double averageHeartrate, Double maxHeartrate, Double climbM,
                        Double recordedCadence, Instant start) {

    private static final Pattern POINT = Pattern.compile(
            "<trkpt lat=\"([-\\d.]+)\" lon=\"([-\\d.]+)\">(.*?)</trkpt>", Pattern.DOTALL);
    private static final Pattern TIME = Pattern.compile("<time>([^<]+)</time>");
    private static final Pattern ELEVATION = Pattern.compile("<ele>([^<]+)</ele>");
    private static final Pattern HEART_RATE = Pattern.compile("<\\w+:hr>([^<]+)</\\w+:hr>");
    private static final Pattern CADENCE = Pattern.compile("<\\w+:cad>([^<]+)</\\w+:cad>");

    /** A GPX with one track segment, as both GPX fixtures are. */
    static IndependentTrack ofGpx(byte[] gpx) {
        var text = new String(gpx, StandardCharsets.UTF_8);
        var matcher = POINT.matcher(text);
        var points = new ArrayList<double[]>(); // lat, lon, epoch ms, ele or NaN, hr or NaN, cad or NaN
        while (matcher.find()) {
            var body = matcher.group(3);
            points.add(new double[] {Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)),
                    Instant.parse(first(TIME, body)).toEpochMilli(), number(ELEVATION, body), number(HEART_RATE, body),
                    number(CADENCE, body)});
        }
        double moving = 0, heartRateSum = 0, heartRateSeconds = 0, cadenceSum = 0, cadenceSeconds = 0;
        double maxHeartRate = Double.NaN;
        for (var i = 1; i < points.size(); i++) {
            var from = points.get(i - 1);
            var to = points.get(i);
            var seconds = (to[2] - from[2]) / 1000;
            if (seconds > 0 && haversine(from, to) / seconds >= 0.5) {
                moving += seconds;
                if (!Double.isNaN(to[4])) {
                    heartRateSum += to[4] * seconds;
                    heartRateSeconds += seconds;
                }
                if (!Double.isNaN(to[5])) {
                    cadenceSum += to[5] * seconds;
                    cadenceSeconds += seconds;
                }
            }
        }
        for (var point : points) {
            maxHeartRate = Double.isNaN(point[4]) ? maxHeartRate
                    : Double.isNaN(maxHeartRate) ? point[4] : Math.max(maxHeartRate, point[4]);
        }
        return new IndependentTrack((int) Math.round(moving),
                heartRateSeconds > 0 ? heartRateSum / heartRateSeconds : null,
                Double.isNaN(maxHeartRate) ? null : maxHeartRate, climb(points),
                cadenceSeconds > 0 ? cadenceSum / cadenceSeconds : null,
                Instant.ofEpochMilli((long) points.getFirst()[2]));
    }

    /** The session's own totals, as the device wrote them. */
    static IndependentTrack ofFit(byte[] fit) throws IOException {
        var sessions = new ArrayList<SessionMesg>();
        var decode = new Decode();
        var broadcaster = new MesgBroadcaster(decode);
        broadcaster.addListener((SessionMesgListener) sessions::add);
        decode.read(new ByteArrayInputStream(fit), broadcaster, broadcaster);
        var session = sessions.getFirst();
        return new IndependentTrack(Math.round(session.getTotalTimerTime()),
                session.getAvgHeartRate() == null ? null : session.getAvgHeartRate().doubleValue(),
                session.getMaxHeartRate() == null ? null : session.getMaxHeartRate().doubleValue(),
                session.getTotalAscent() == null ? null : session.getTotalAscent().doubleValue(),
                session.getAvgCadence() == null ? null : session.getAvgCadence().doubleValue(),
                session.getStartTime() == null ? null : session.getStartTime().getDate().toInstant());
    }

    static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** Altitude counts once it has moved 3 m from the last altitude counted from. */
    private static Double climb(List<double[]> points) {
        Double reference = null;
        var gain = 0.0;
        for (var point : points) {
            if (Double.isNaN(point[3])) {
                continue;
            }
            if (reference == null) {
                reference = point[3];
            } else if (Math.abs(point[3] - reference) >= 3.0) {
                gain += Math.max(point[3] - reference, 0);
                reference = point[3];
            }
        }
        return reference == null ? null : gain;
    }

    private static double haversine(double[] from, double[] to) {
        var phi1 = Math.toRadians(from[0]);
        var phi2 = Math.toRadians(to[0]);
        var h = Math.pow(Math.sin((phi2 - phi1) / 2), 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(Math.toRadians(to[1] - from[1]) / 2), 2);
        return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static String first(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static double number(Pattern pattern, String text) {
        var value = first(pattern, text);
        return value == null ? Double.NaN : Double.parseDouble(value);
    }
}
