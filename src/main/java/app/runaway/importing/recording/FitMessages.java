package app.runaway.importing.recording;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.ActivityMesgListener;
import com.garmin.fit.DateTime;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.FileIdMesgListener;
import com.garmin.fit.MesgBroadcaster;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.RecordMesgListener;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SessionMesgListener;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages of a FIT activity we use, collected while the SDK decodes. The SDK resolves compressed timestamps,
 * expands components such as {@code compressed_speed_distance}, and keeps developer fields (Stryd's power, leg
 * stiffness...) apart from the native fields, so they reach us as ordinary records.
 */
final class FitMessages implements FileIdMesgListener, SessionMesgListener, ActivityMesgListener, RecordMesgListener {

    /** FIT times count seconds from 1989-12-31T00:00:00Z. */
    static final Instant FIT_EPOCH = Instant.parse("1989-12-31T00:00:00Z");
    /** Semicircles to degrees: 2^31 semicircles make 180 degrees. */
    private static final double DEGREES_PER_SEMICIRCLE = 180.0 / (1L << 31);

    private FileIdMesg fileId;
    private ActivityMesg activity;
    private final List<SessionMesg> sessions = new ArrayList<>();
    private final List<TrackPoint> points = new ArrayList<>();

    void listenTo(MesgBroadcaster broadcaster) {
        broadcaster.addListener((FileIdMesgListener) this);
        broadcaster.addListener((SessionMesgListener) this);
        broadcaster.addListener((ActivityMesgListener) this);
        broadcaster.addListener((RecordMesgListener) this);
    }

    @Override
    public void onMesg(FileIdMesg mesg) {
        if (fileId == null) {
            fileId = mesg;
        }
    }

    @Override
    public void onMesg(SessionMesg mesg) {
        sessions.add(mesg);
    }

    @Override
    public void onMesg(ActivityMesg mesg) {
        activity = mesg;
    }

    @Override
    public void onMesg(RecordMesg mesg) {
        if (mesg.getTimestamp() == null) {
            return; // a record without a time cannot be placed on the track; the SDK gives every valid one a time
        }
        points.add(new TrackPoint(
                0,
                toInstant(mesg.getTimestamp()),
                degrees(mesg.getPositionLat()),
                degrees(mesg.getPositionLong()),
                toDouble(mesg.getEnhancedAltitude() != null ? mesg.getEnhancedAltitude() : mesg.getAltitude()),
                toDouble(mesg.getDistance()),
                toDouble(mesg.getHeartRate()),
                cadence(mesg.getCadence(), mesg.getFractionalCadence())));
    }

    FileIdMesg fileId() {
        return fileId;
    }

    ActivityMesg activity() {
        return activity;
    }

    List<SessionMesg> sessions() {
        return sessions;
    }

    List<TrackPoint> points() {
        return points;
    }

    static Instant toInstant(DateTime time) {
        return FIT_EPOCH.plusSeconds(time.getTimestamp());
    }

    static Double degrees(Integer semicircles) {
        return semicircles == null ? null : semicircles * DEGREES_PER_SEMICIRCLE;
    }

    /** FIT splits cadence into whole strides and a fractional part (1/128 stride). */
    static Double cadence(Short whole, Float fractional) {
        if (whole == null) {
            return null;
        }
        return whole + (fractional == null ? 0.0 : fractional);
    }

    static Double toDouble(Number value) {
        return value == null ? null : value.doubleValue();
    }
}
