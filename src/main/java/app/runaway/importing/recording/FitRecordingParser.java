package app.runaway.importing.recording;

import app.runaway.activity.TrackSummary;
import com.garmin.fit.Decode;
import com.garmin.fit.File;
import com.garmin.fit.FitRuntimeException;
import com.garmin.fit.MesgBroadcaster;
import com.garmin.fit.SessionMesg;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Reads a FIT activity with the Garmin FIT SDK. The device's session totals win wherever it wrote them (its distance
 * comes from the foot pod or a filtered GPS, its timer knows when auto-pause was on); figures it left out, such as
 * the average heart rate in Stryd's files, are computed from the records.
 */
final class FitRecordingParser implements RecordingParser {

    @Override
    public Recording parse(String fileName, byte[] content) throws UnreadableRecordingException {
        FitFileCheck.requireIntact(content);
        var messages = decode(content);
        requireActivity(messages);

        var firstSession = messages.sessions().isEmpty() ? null : messages.sessions().getFirst();
        var sportType = firstSession == null
                ? null
                : StravaSportType.ofFit(firstSession.getSport(), firstSession.getSubSport());
        var start = FitStartTime.of(messages);
        var track = summarize(fileName, messages, sportType);
        return new Recording(RecordingFormat.FIT.extension(), sportType, null,
                start.utc(), start.local(), track,
                sessionTotal(messages.sessions(), SessionMesg::getTotalCalories, Double::sum));
    }

    private static FitMessages decode(byte[] content) throws UnreadableRecordingException {
        var decode = new Decode();
        var broadcaster = new MesgBroadcaster(decode);
        var messages = new FitMessages();
        messages.listenTo(broadcaster);
        try {
            decode.read(new ByteArrayInputStream(content), broadcaster, broadcaster);
        } catch (FitRuntimeException e) {
            // The CRC matched yet the SDK could not make sense of the messages: a device bug, or a file built to trip us.
            throw new UnreadableRecordingException("FIT file is corrupt: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // The SDK decodes untrusted bytes; a message crafted to break its bookkeeping is a bad file, not our bug.
            throw new UnreadableRecordingException("FIT file is corrupt: the decoder failed with " + e, e);
        }
        return messages;
    }

    private static void requireActivity(FitMessages messages) throws UnreadableRecordingException {
        var fileId = messages.fileId();
        if (fileId != null && fileId.getType() != null && fileId.getType() != File.ACTIVITY) {
            throw new UnreadableRecordingException("FIT file holds a " + fileId.getType().name().toLowerCase()
                    + " file, not an activity");
        }
        if (messages.sessions().isEmpty() && messages.points().isEmpty()) {
            throw new UnreadableRecordingException("FIT file has no activity data: no session and no records");
        }
    }

    private static TrackSummary summarize(String fileName, FitMessages messages, String sportType) {
        var sessions = messages.sessions();
        var computed = TrackStatistics.of(messages.points());
        var single = sessions.size() == 1 ? sessions.getFirst() : null;
        // With several sessions (a multisport file) totals add up, but averages are recomputed from the records.
        var averageHeartrate = single != null && single.getAvgHeartRate() != null
                ? Double.valueOf(single.getAvgHeartRate())
                : computed.averageHeartrate();
        var recordedCadence = single != null && single.getAvgCadence() != null
                ? FitMessages.cadence(single.getAvgCadence(), single.getAvgFractionalCadence())
                : computed.averageCadence();
        var startLatitude = single != null && single.getStartPositionLat() != null
                ? FitMessages.degrees(single.getStartPositionLat())
                : computed.startLatitude();
        var startLongitude = single != null && single.getStartPositionLong() != null
                ? FitMessages.degrees(single.getStartPositionLong())
                : computed.startLongitude();
        var maxHeartrate = sessionTotal(sessions, s -> s.getMaxHeartRate(), Math::max);
        var hasRecords = !messages.points().isEmpty();
        return new TrackSummary(
                RecordingFormat.FIT.extension(),
                fileName,
                messages.points().size(),
                orElse(sessionTotal(sessions, SessionMesg::getTotalDistance, Double::sum),
                        hasRecords ? computed.distanceM() : null),
                seconds(orElse(sessionTotal(sessions, SessionMesg::getTotalTimerTime, Double::sum),
                        hasRecords ? (double) computed.movingTimeS() : null)),
                seconds(orElse(sessionTotal(sessions, SessionMesg::getTotalElapsedTime, Double::sum),
                        hasRecords ? (double) computed.elapsedTimeS() : null)),
                orElse(sessionTotal(sessions, SessionMesg::getTotalAscent, Double::sum), computed.elevationGainM()),
                averageHeartrate,
                orElse(maxHeartrate, computed.maxHeartrate()),
                Cadence.asReported(recordedCadence, sportType),
                startLatitude,
                startLongitude,
                FitDeviceName.of(messages.fileId()),
                computed.route());
    }

    /** Combines one total over all sessions; null unless every session has it, so a partial sum never passes as whole. */
    private static Double sessionTotal(List<SessionMesg> sessions, Function<SessionMesg, Number> total,
                                       BinaryOperator<Double> combine) {
        Double result = null;
        for (var session : sessions) {
            var value = total.apply(session);
            if (value == null) {
                return null;
            }
            result = result == null ? value.doubleValue() : combine.apply(result, value.doubleValue());
        }
        return result;
    }

    private static Double orElse(Double value, Double fallback) {
        return value != null ? value : fallback;
    }

    private static Integer seconds(Double value) {
        return value == null ? null : (int) Math.round(value);
    }
}
