package app.runaway.importing.recording;

import java.time.Duration;

/**
 * Decides whether the athlete was moving between two consecutive points, in the spirit of Strava's moving time:
 * time spent standing still (traffic lights, a paused watch that kept writing points, a gap in the recording
 * while the athlete stood) does not count.
 *
 * <p>The rule: an interval counts as moving when both points are in the same segment and the average speed over it is
 * at least {@value #MIN_MOVING_SPEED_MPS} m/s (1.8 km/h, slower than any walk yet faster than the drift of a GPS
 * standing still). Speed is taken over the whole interval, so a long gap with little displacement (a stop with the
 * watch on auto-pause) is a stop, while a gap covering real distance (a tunnel without GPS) is still moving. When the
 * distance of an interval is unknown (an indoor recording with heart rate only) it counts as moving unless it is
 * longer than {@value #MAX_SAMPLE_GAP_S} s, because a recorder that stops writing points has most likely been paused.
 */
final class MovingTime {

    static final double MIN_MOVING_SPEED_MPS = 0.5;
    static final long MAX_SAMPLE_GAP_S = 30;

    private MovingTime() {
    }

    /** @param distanceM the distance covered between the two points, null when the points carry no distance */
    static boolean isMoving(TrackPoint from, TrackPoint to, Double distanceM) {
        if (from.segment() != to.segment()) {
            return false;
        }
        var seconds = seconds(from, to);
        if (seconds <= 0) {
            return false;
        }
        if (distanceM == null) {
            return seconds <= MAX_SAMPLE_GAP_S;
        }
        return distanceM / seconds >= MIN_MOVING_SPEED_MPS;
    }

    static double seconds(TrackPoint from, TrackPoint to) {
        return Duration.between(from.time(), to.time()).toMillis() / 1000.0;
    }
}
