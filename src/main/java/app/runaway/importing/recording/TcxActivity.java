package app.runaway.importing.recording;

import javax.xml.stream.XMLStreamReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * What the TCX parser has gathered so far from the first {@code Activity}, fed element by element. It keeps the path
 * of open elements because TCX reuses names: {@code DistanceMeters} is a lap total under {@code Lap} and a running
 * odometer under {@code Trackpoint}; {@code Name} is the device under {@code Creator} and the software under
 * {@code Author}.
 */
final class TcxActivity {

    private final Deque<String> path = new ArrayDeque<>();
    private final List<TrackPoint> points = new ArrayList<>();
    private boolean found;
    private String sport;
    private String device;
    private Instant firstLapStart;
    private Instant lastLapEnd;
    private Instant lapStart;
    private Double lapTimerTimeS;
    private Double lapDistanceM;
    private Double lapCalories;
    private int segment = -1;
    private TrackpointValues point;

    void start(String element, XMLStreamReader reader) throws UnreadableRecordingException {
        path.push(element);
        switch (element) {
            case "Activity" -> {
                found = true;
                sport = reader.getAttributeValue(null, "Sport");
            }
            case "Lap" -> {
                lapStart = time(reader.getAttributeValue(null, "StartTime"), "Lap StartTime");
                if (firstLapStart == null) {
                    firstLapStart = lapStart;
                }
            }
            case "Track" -> segment++;
            case "Trackpoint" -> point = new TrackpointValues();
            default -> {
                // other elements only matter through their text, handled when they end
            }
        }
    }

    /** @return true when the first activity has ended and reading can stop */
    boolean end(String element, String text) throws UnreadableRecordingException {
        path.pop();
        var parent = path.peek();
        switch (element) {
            case "Activity" -> {
                return true;
            }
            case "Trackpoint" -> {
                if (point.time != null) {
                    points.add(point.toTrackPoint(Math.max(segment, 0)));
                }
                point = null;
            }
            case "TotalTimeSeconds" -> onLapTotalTime(parent, number(text, element));
            case "DistanceMeters" -> onDistance(parent, number(text, element));
            case "Calories" -> {
                var kilocalories = number(text, element);
                if ("Lap".equals(parent) && kilocalories != null) {
                    lapCalories = (lapCalories == null ? 0 : lapCalories) + kilocalories;
                }
            }
            case "Name" -> {
                if ("Creator".equals(parent) && device == null) {
                    device = text;
                }
            }
            default -> onTrackpointValue(element, parent, text);
        }
        return false;
    }

    private void onLapTotalTime(String parent, Double seconds) {
        if ("Lap".equals(parent) && seconds != null) {
            lapTimerTimeS = (lapTimerTimeS == null ? 0 : lapTimerTimeS) + seconds;
            var end = lapStart == null ? null : lapStart.plusMillis(Math.round(seconds * 1000));
            if (end != null && (lastLapEnd == null || end.isAfter(lastLapEnd))) {
                lastLapEnd = end;
            }
        }
    }

    private void onDistance(String parent, Double metres) {
        if ("Lap".equals(parent) && metres != null) {
            lapDistanceM = (lapDistanceM == null ? 0 : lapDistanceM) + metres;
        } else if ("Trackpoint".equals(parent) && point != null) {
            point.distanceM = metres;
        }
    }

    private void onTrackpointValue(String element, String parent, String text) throws UnreadableRecordingException {
        if (point == null) {
            return;
        }
        switch (element) {
            case "Time" -> point.time = time(text, "Trackpoint Time");
            case "LatitudeDegrees" -> point.latitude = number(text, element);
            case "LongitudeDegrees" -> point.longitude = number(text, element);
            case "AltitudeMeters" -> point.altitudeM = number(text, element);
            case "Value" -> {
                if ("HeartRateBpm".equals(parent)) {
                    point.heartRate = number(text, "HeartRateBpm");
                }
            }
            // Cadence is a bike's pedal rate; runs carry RunCadence (strides per minute) in Garmin's extension.
            case "Cadence", "RunCadence" -> point.cadence = number(text, element);
            default -> {
                // speed, watts and other extension values are not part of the summary
            }
        }
    }

    boolean found() {
        return found;
    }

    String sport() {
        return sport;
    }

    String device() {
        return device == null || device.isBlank() ? null : device;
    }

    Instant firstLapStart() {
        return firstLapStart;
    }

    /** Sum of the laps' timer time: the device's moving time. */
    Double lapTimerTimeS() {
        return lapTimerTimeS;
    }

    Double lapDistanceM() {
        return lapDistanceM;
    }

    /** Sum of the laps' Calories (kilocalories), as the device wrote them; null when no lap has any. */
    Double lapCalories() {
        return lapCalories;
    }

    List<TrackPoint> points() {
        return points;
    }

    /** The later of the last trackpoint and the end of the last lap. */
    Instant end(List<TrackPoint> points) {
        var lastPoint = points.stream().map(TrackPoint::time).max(Comparator.naturalOrder()).orElseThrow();
        return lastLapEnd != null && lastLapEnd.isAfter(lastPoint) ? lastLapEnd : lastPoint;
    }

    private static Double number(String text, String element) throws UnreadableRecordingException {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            throw new UnreadableRecordingException("TCX file has '" + text + "' where " + element
                    + " should be a number", e);
        }
    }

    /** xsd:dateTime; a time without a zone is taken as UTC, which is what Garmin's software means by it. */
    private static Instant time(String text, String what) throws UnreadableRecordingException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new UnreadableRecordingException("TCX file has '" + text + "' where " + what
                        + " should be a date and time", e);
            }
        }
    }

    /** The channels of one trackpoint as they arrive; any may be missing. */
    private static final class TrackpointValues {
        Instant time;
        Double latitude;
        Double longitude;
        Double altitudeM;
        Double distanceM;
        Double heartRate;
        Double cadence;

        TrackPoint toTrackPoint(int segment) {
            return new TrackPoint(segment, time, latitude, longitude, altitudeM, distanceM, heartRate, cadence);
        }
    }
}
