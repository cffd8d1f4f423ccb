package app.runaway.support;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, readable builder of an athlete's Strava activities for the fake: one activity every day and a bit, going
 * back from {@code newest}, mostly runs (easy, long, workouts, the odd race), some rides and strength sessions, the
 * figures varied but deterministic. What each one looks like on the wire is the fake's business (the shapes of the
 * API's own examples).
 */
public final class FakeStravaHistory {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private FakeStravaHistory() {
    }

    /** One activity as Strava holds it. {@code description}, {@code gear} and {@code device} show only in details. */
    public record Activity(long id, String name, String sportType, Instant start, ZoneId zone, double distanceM,
                           int movingTimeS, int elapsedTimeS, double elevationGainM, Double averageHeartrate,
                           Double maxHeartrate, Integer workoutType, String description, String gear,
                           String device) {
        public Activity renamed(String newName) {
            return new Activity(id, newName, sportType, start, zone, distanceM, movingTimeS, elapsedTimeS,
                    elevationGainM, averageHeartrate, maxHeartrate, workoutType, description, gear, device);
        }
    }

    /** {@code count} activities with ids from {@code firstId} upwards, the newest starting at {@code newest}. */
    public static List<Activity> of(long firstId, int count, Instant newest) {
        var activities = new ArrayList<Activity>();
        for (var i = 0; i < count; i++) {
            // oldest first: id order is upload order, as on Strava
            var age = count - 1 - i;
            var start = newest.minus(Duration.ofHours(26L * age + (i % 5)));
            activities.add(activity(firstId + i, i, start));
        }
        return activities;
    }

    /** One more activity after the others (a new upload). */
    public static Activity upload(long id, Instant start) {
        return activity(id, (int) (id % 97), start);
    }

    private static Activity activity(long id, int n, Instant start) {
        return switch (n % 10) {
            case 3 -> new Activity(id, "Evening Ride", "Ride", start, ZONE, 30_000 + 500 * (n % 20), 3600 + n % 600,
                    3900 + n % 600, 180 + n % 50, 131.0 + n % 10, 160.0, null, null, "Canyon", "Garmin Edge 530");
            case 7 -> new Activity(id, "Strength", "WeightTraining", start, ZONE, 0, 2700, 2700, 0, null, null, null,
                    n % 2 == 0 ? "Core and hips" : null, null, null);
            case 5 -> run(id, n, start, "Long Run", 18_000 + 100 * (n % 40), 330, 2, "Long and easy along the lake");
            case 1 -> run(id, n, start, "Intervals 6x800", 9_000 + 10 * (n % 30), 290, 3, "Tough but good");
            case 9 -> run(id, n, start, n % 3 == 0 ? "Parkrun" : "Tempo", 5_000 + n % 300, 250,
                    n % 3 == 0 ? 1 : 3, null);
            default -> run(id, n, start, "Morning Run", 8_000 + 37 * (n % 50), 345, 0,
                    n % 4 == 0 ? "Easy, legs fine" : null);
        };
    }

    private static Activity run(long id, int n, Instant start, String name, double metres, int secondsPerKm,
                                int workoutType, String description) {
        var moving = (int) Math.round(metres / 1000 * (secondsPerKm + n % 15));
        return new Activity(id, name, "Run", start, ZONE, metres, moving, moving + 30 + n % 120, 20 + n % 60,
                140.0 + n % 20, 165.0 + n % 15, workoutType, description, "Pegasus 40", "Garmin Forerunner 965");
    }
}
