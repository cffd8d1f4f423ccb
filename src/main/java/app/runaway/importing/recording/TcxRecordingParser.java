package app.runaway.importing.recording;

import app.runaway.activity.TrackSummary;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.time.Duration;

/**
 * Reads a Garmin Training Center (TCX) activity with the JDK's StAX parser, hardened against XXE
 * ({@link HardenedXml}); there is no well-kept Java TCX library. Only the first {@code Activity} is read: Garmin
 * writes one per file. Lap totals (the device's timer time and distance) win over figures computed from the
 * trackpoints; elements are matched by local name, so both TCX v1 and v2 namespaces read alike.
 */
final class TcxRecordingParser implements RecordingParser {

    @Override
    public Recording parse(String fileName, byte[] content) throws UnreadableRecordingException {
        var activity = read(HardenedXml.fromFirstMarkup(content));
        if (!activity.found()) {
            throw new UnreadableRecordingException("TCX file has no activity (it may hold a course or workout)");
        }
        var points = activity.points();
        if (points.isEmpty()) {
            throw new UnreadableRecordingException("TCX file has no trackpoints with a time");
        }
        var sportType = StravaSportType.ofTcxSport(activity.sport());
        var computed = TrackStatistics.of(points);
        var start = activity.firstLapStart() != null ? activity.firstLapStart() : points.getFirst().time();
        var track = new TrackSummary(
                RecordingFormat.TCX.extension(),
                fileName,
                points.size(),
                activity.lapDistanceM() != null ? activity.lapDistanceM() : computed.distanceM(),
                activity.lapTimerTimeS() != null ? (int) Math.round(activity.lapTimerTimeS()) : computed.movingTimeS(),
                (int) Math.max(0, Duration.between(start, activity.end(points)).toSeconds()),
                computed.elevationGainM(),
                computed.averageHeartrate(),
                computed.maxHeartrate(),
                Cadence.asReported(computed.averageCadence(), sportType),
                computed.startLatitude(),
                computed.startLongitude(),
                activity.device(),
                computed.route());
        return new Recording(RecordingFormat.TCX.extension(), sportType, null, start, null, track,
                activity.lapCalories());
    }

    private static TcxActivity read(byte[] content) throws UnreadableRecordingException {
        var activity = new TcxActivity();
        try {
            var reader = HardenedXml.newInputFactory().createXMLStreamReader(new ByteArrayInputStream(content));
            try {
                readFirstActivity(reader, activity);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new UnreadableRecordingException("TCX file is not well-formed XML: " + HardenedXml.describe(e), e);
        }
        return activity;
    }

    private static void readFirstActivity(XMLStreamReader reader, TcxActivity activity)
            throws XMLStreamException, UnreadableRecordingException {
        var text = new StringBuilder();
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD -> throw HardenedXml.doctypeRefused("TCX");
                case XMLStreamConstants.START_ELEMENT -> {
                    text.setLength(0);
                    activity.start(reader.getLocalName(), reader);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    if (activity.end(reader.getLocalName(), text.toString().strip())) {
                        return;
                    }
                    text.setLength(0);
                }
                default -> {
                    // comments, processing instructions and whitespace carry nothing we use
                }
            }
        }
    }
}
