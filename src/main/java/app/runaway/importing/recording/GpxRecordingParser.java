package app.runaway.importing.recording;

import app.runaway.activity.TrackSummary;
import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Length;
import io.jenetics.jpx.Metadata;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.WayPoint;
import org.w3c.dom.Document;

import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a GPX track with jpx. GPX carries no totals, so every figure is computed from the track points
 * ({@link TrackStatistics}). Heart rate and cadence come from Garmin's TrackPointExtension, matched by namespace URI
 * because the prefix differs between writers ({@code gpxtpx} in Strava's files, {@code ns3} in Garmin Connect's).
 *
 * <p>jpx parses with a default {@code XMLInputFactory} that we cannot configure per call (only globally, through a
 * service loader), so {@link HardenedXml#requireWellFormedWithoutDoctype} first refuses any document that declares a
 * DOCTYPE or is not well-formed; jpx then only ever sees safe, well-formed XML.
 */
final class GpxRecordingParser implements RecordingParser {

    /** Garmin's TrackPointExtension, v1 as most writers use it and v2 as newer Garmin software writes it. */
    private static final Set<String> TRACK_POINT_EXTENSION = Set.of(
            "http://www.garmin.com/xmlschemas/TrackPointExtension/v1",
            "http://www.garmin.com/xmlschemas/TrackPointExtension/v2");

    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,9}(\\.\\d{1,9})?");

    @Override
    public Recording parse(String fileName, byte[] file) throws UnreadableRecordingException {
        var content = HardenedXml.fromFirstMarkup(file);
        HardenedXml.requireWellFormedWithoutDoctype(content, "GPX");
        var gpx = read(content);
        var points = timedPoints(gpx);
        if (points.isEmpty()) {
            throw new UnreadableRecordingException("GPX file has no track points with a time");
        }
        var firstTrack = gpx.getTracks().getFirst();
        var sportType = StravaSportType.ofGpxType(firstTrack.getType().orElse(null));
        var name = firstTrack.getName()
                .or(() -> gpx.getMetadata().flatMap(Metadata::getName))
                .orElse(null);
        var computed = TrackStatistics.of(points);
        // GPX names its creator (an app such as "StravaGPX" as often as a watch), not the device: no device then.
        var track = new TrackSummary(
                RecordingFormat.GPX.extension(),
                fileName,
                points.size(),
                computed.distanceM(),
                computed.movingTimeS(),
                computed.elapsedTimeS(),
                computed.elevationGainM(),
                computed.averageHeartrate(),
                computed.maxHeartrate(),
                Cadence.asReported(computed.averageCadence(), sportType),
                computed.startLatitude(),
                computed.startLongitude(),
                null,
                computed.route());
        return new Recording(RecordingFormat.GPX.extension(), sportType, name, points.getFirst().time(), null, track,
                null);
    }

    private static GPX read(byte[] content) throws UnreadableRecordingException {
        try {
            // A StreamSource over bytes lets the parser honour the encoding the XML declaration states.
            return GPX.Reader.of(GPX.Reader.Mode.LENIENT).read(new StreamSource(new ByteArrayInputStream(content)));
        } catch (IOException | RuntimeException e) {
            // Well-formed XML that is not GPX (no <gpx> root, say): jpx reports it as IOException, some bad values as
            // unchecked exceptions; all mean a file we cannot use.
            throw new UnreadableRecordingException("GPX file is not valid GPX: " + HardenedXml.describe(e), e);
        }
    }

    /** Points without a time cannot give durations or speeds (a planned route, not a recording): they are skipped. */
    private static List<TrackPoint> timedPoints(GPX gpx) {
        var points = new ArrayList<TrackPoint>();
        var segment = 0;
        for (Track track : gpx.getTracks()) {
            for (var trackSegment : track.getSegments()) {
                for (var wayPoint : trackSegment.getPoints()) {
                    if (wayPoint.getTime().isPresent()) {
                        points.add(toTrackPoint(segment, wayPoint));
                    }
                }
                segment++;
            }
        }
        return points;
    }

    private static TrackPoint toTrackPoint(int segment, WayPoint wayPoint) {
        var extensions = wayPoint.getExtensions().orElse(null);
        return new TrackPoint(
                segment,
                wayPoint.getTime().orElseThrow(),
                wayPoint.getLatitude().doubleValue(),
                wayPoint.getLongitude().doubleValue(),
                wayPoint.getElevation().map(Length::doubleValue).orElse(null),
                null,
                extensionValue(extensions, "hr"),
                extensionValue(extensions, "cad"));
    }

    /** @return the number in the TrackPointExtension element with that local name, null if absent or not a number */
    private static Double extensionValue(Document extensions, String localName) {
        if (extensions == null) {
            return null;
        }
        for (var namespace : TRACK_POINT_EXTENSION) {
            var elements = extensions.getElementsByTagNameNS(namespace, localName);
            if (elements.getLength() > 0) {
                return number(elements.item(0).getTextContent());
            }
        }
        return null;
    }

    /** One garbled sensor reading should not cost the whole activity: it is dropped, the point keeps its other channels. */
    private static Double number(String text) {
        var value = text.strip();
        return DECIMAL.matcher(value).matches() ? Double.valueOf(value) : null;
    }
}
