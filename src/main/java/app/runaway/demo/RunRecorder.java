package app.runaway.demo;

import app.runaway.activity.ActivitySource;
import app.runaway.activity.NewActivity;
import app.runaway.activity.WorkoutType;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.random.RandomGenerator;

/**
 * Turns a planned run into what a GPS watch would have recorded: distance, moving and elapsed time, heart rate
 * following effort, climb, cadence.
 */
final class RunRecorder {

    /** About one run in thirty has no heart rate: a flat strap battery, a watch left on wrist mode in winter. */
    private static final double NO_HEART_RATE_CHANCE = 0.03;

    private final SyntheticRunner athlete;
    private final ZoneId zone;

    RunRecorder(SyntheticRunner athlete, ZoneId zone) {
        this.athlete = athlete;
        this.zone = zone;
    }

    NewActivity record(PlannedSession session, double vdot, long stravaId, String trainer, RandomGenerator random) {
        var structure = structureOf(session, vdot, random);
        boolean isRace = session.kind() == SessionKind.RACE;
        // Day-to-day form: the same athlete runs the same session a little faster or slower (about 2 %).
        double form = isRace ? 1 : 1 + 0.02 * random.nextGaussian();
        double metres = 0;
        double seconds = 0;
        double heartBeats = 0;
        double peakHeartRateShare = 0;
        double trimp = 0;
        double fastest = 0;
        for (var stretch : structure.stretches()) {
            double stretchSeconds = stretch.seconds() / form;
            metres += stretch.metres();
            seconds += stretchSeconds;
            heartBeats += stretch.heartRateShare() * stretchSeconds;
            peakHeartRateShare = Math.max(peakHeartRateShare, stretch.heartRateShare());
            trimp += HeartRate.trimp(stretchSeconds / 60, stretch.heartRateShare(), athlete);
            fastest = Math.max(fastest, stretch.speedMps() * form);
        }
        int moving = (int) Math.round(seconds);
        double averageSpeed = metres / moving;
        var heartRate = HeartRate.of(heartBeats / seconds, peakHeartRateShare, seconds, isRace, athlete, random);
        boolean hasHeartRate = random.nextDouble() >= NO_HEART_RATE_CHANCE;
        var start = ZonedDateTime.of(session.day(), session.start(), zone).toInstant();
        return new NewActivity(
                stravaId, null, ActivitySource.DEMO,
                structure.name(), "Run", start, zone,
                round(metres, 1), moving, elapsed(moving, session.kind(), random),
                round(metres / 1000 * athlete.climbPerKm() * (isRace ? 0.4 : 1) * (0.6 + 0.8 * random.nextDouble()), 1),
                round(averageSpeed, 3),
                round(maxSpeed(fastest, session.kind(), vdot, random), 3),
                hasHeartRate ? heartRate.average() : null,
                hasHeartRate ? heartRate.max() : null,
                round(cadence(averageSpeed, vdot, random), 1),
                workoutType(session.kind()),
                isRace ? athlete.racingShoe() : trainer,
                false, false, false,
                RunNotes.describe(session.kind(), structure, random),
                hasHeartRate ? (int) Math.round(trimp) : null,
                null);
    }

    private String nameOf(PlannedSession session, RandomGenerator random) {
        // Most runners keep Strava's default name; some rename the long run.
        if (session.kind() == SessionKind.LONG_RUN && random.nextDouble() < 0.7) {
            return "Long Run";
        }
        return ActivityNames.forTimeOfDay(session.start(), "Run");
    }

    private RunStructure structureOf(PlannedSession session, double vdot, RandomGenerator random) {
        return switch (session.kind()) {
            case RECOVERY -> RunStructure.easy(session.distanceM(), vdot, 0.58 + 0.05 * random.nextDouble(),
                    nameOf(session, random));
            case EASY -> RunStructure.easy(session.distanceM(), vdot, 0.60 + 0.1 * random.nextDouble(),
                    nameOf(session, random));
            case LONG_RUN -> RunStructure.easy(session.distanceM(), vdot, 0.62 + 0.07 * random.nextDouble(),
                    nameOf(session, random));
            case INTERVALS -> RunStructure.intervals(session.distanceM(), vdot, random);
            case THRESHOLD -> RunStructure.threshold(session.distanceM(), vdot, random);
            case RACE -> RunStructure.race(session.race(), vdot, random);
            case RIDE, WALK, WEIGHT_TRAINING -> throw new IllegalArgumentException("not a run: " + session.kind());
        };
    }

    /** Elapsed time adds traffic lights, shoelaces and standing rests; a race clock barely stops. */
    private static int elapsed(int moving, SessionKind kind, RandomGenerator random) {
        double pauses = switch (kind) {
            case RACE -> 0.0;
            case INTERVALS, THRESHOLD -> 0.01 + 0.06 * random.nextDouble();
            default -> 0.04 * random.nextDouble();
        };
        return moving + (int) Math.round(moving * pauses) + random.nextInt(kind == SessionKind.RACE ? 6 : 30);
    }

    /** The fastest second: a sprint finish, strides or a downhill, plus some GPS jitter. */
    private static double maxSpeed(double fastestStretch, SessionKind kind, double vdot, RandomGenerator random) {
        if ((kind == SessionKind.EASY || kind == SessionKind.LONG_RUN) && random.nextDouble() < 0.2) {
            return DanielsVdot.speedAt(vdot, 1.05) * (1 + 0.05 * random.nextDouble());
        }
        return fastestStretch * (1.05 + 0.13 * random.nextDouble());
    }

    /** Cadence rises with speed, about five steps per minute (one leg) per metre per second faster. */
    private double cadence(double averageSpeed, double vdot, RandomGenerator random) {
        double easySpeed = DanielsVdot.speedAt(vdot, 0.65);
        return Math.clamp(athlete.cadence() + 5.5 * (averageSpeed - easySpeed) + 0.8 * random.nextGaussian(), 70, 100);
    }

    private static WorkoutType workoutType(SessionKind kind) {
        return switch (kind) {
            case RACE -> WorkoutType.RACE;
            case LONG_RUN -> WorkoutType.LONG_RUN;
            case INTERVALS, THRESHOLD -> WorkoutType.WORKOUT;
            default -> WorkoutType.DEFAULT;
        };
    }

    static double round(double value, int decimals) {
        double scale = StrictMath.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
