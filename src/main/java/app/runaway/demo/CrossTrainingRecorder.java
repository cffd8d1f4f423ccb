package app.runaway.demo;

import app.runaway.activity.ActivitySource;
import app.runaway.activity.NewActivity;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.random.RandomGenerator;

/** Records the rides, walks and gym sessions that make a sport filter matter. */
final class CrossTrainingRecorder {

    private final SyntheticRunner athlete;
    private final ZoneId zone;

    CrossTrainingRecorder(SyntheticRunner athlete, ZoneId zone) {
        this.athlete = athlete;
        this.zone = zone;
    }

    NewActivity record(PlannedSession session, long stravaId, RandomGenerator random) {
        return switch (session.kind()) {
            case RIDE -> moving(session, stravaId, "Ride", 6.0 + 2.0 * random.nextDouble(),
                    0.62 + 0.12 * random.nextDouble(), 5 + 7 * random.nextDouble(), 85, athlete.bike(), random);
            case WALK -> moving(session, stravaId, "Walk", 1.25 + 0.25 * random.nextDouble(),
                    0.5 + 0.08 * random.nextDouble(), athlete.climbPerKm(), 57, null, random);
            case WEIGHT_TRAINING -> weightTraining(session, stravaId, random);
            default -> throw new IllegalArgumentException("not cross-training: " + session.kind());
        };
    }

    private NewActivity moving(PlannedSession session, long stravaId, String sportType,
                               double speed, double heartRateShare, double climbPerKm, double cadence, String gear,
                               RandomGenerator random) {
        int moving = (int) Math.round(session.distanceM() / speed);
        int elapsed = moving + (int) Math.round(moving * 0.08 * random.nextDouble());
        var heartRate = HeartRate.of(heartRateShare, heartRateShare + 0.08, moving, false, athlete, random);
        return new NewActivity(stravaId, null, ActivitySource.DEMO,
                ActivityNames.forTimeOfDay(session.start(), sportType), sportType,
                ZonedDateTime.of(session.day(), session.start(), zone).toInstant(), zone,
                RunRecorder.round(session.distanceM(), 1), moving, elapsed,
                RunRecorder.round(session.distanceM() / 1000 * climbPerKm * (0.6 + 0.8 * random.nextDouble()), 1),
                RunRecorder.round(session.distanceM() / moving, 3),
                RunRecorder.round(speed * (1.3 + 0.4 * random.nextDouble()), 3),
                heartRate.average(), heartRate.max(),
                RunRecorder.round(cadence + 3 * random.nextGaussian(), 1),
                null, gear, false, false, false, null,
                (int) Math.round(HeartRate.trimp(moving / 60.0, heartRateShare, athlete)), null);
    }

    private NewActivity weightTraining(PlannedSession session, long stravaId, RandomGenerator random) {
        int seconds = 60 * random.nextInt(30, 61);
        double share = 0.55 + 0.1 * random.nextDouble();
        var heartRate = HeartRate.of(share, 0.7, seconds, false, athlete, random);
        return new NewActivity(stravaId, null, ActivitySource.DEMO,
                ActivityNames.forTimeOfDay(session.start(), "Weight Training"), "WeightTraining",
                ZonedDateTime.of(session.day(), session.start(), zone).toInstant(), zone,
                0, seconds, seconds, null, null, null,
                heartRate.average(), heartRate.max(), null,
                null, null, false, false, false,
                random.nextDouble() < 0.2 ? "Knäböj 5x5, marklyft 3x5, \"core\" 💪" : null,
                (int) Math.round(HeartRate.trimp(seconds / 60.0, share, athlete)), null);
    }
}
