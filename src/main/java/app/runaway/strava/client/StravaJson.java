package app.runaway.strava.client;

import java.util.List;

/** Strava's JSON, as much of it as Runaway reads (snake_case on the wire). These never leave this package. */
final class StravaJson {
    private StravaJson() {
    }

    /** A {@code SummaryActivity} (resource_state 2) or a {@code DetailedActivity} (3); see the API's swagger. */
    record Activity(Long id, Integer resourceState, String name, String type, String sportType, Integer workoutType,
                    String startDate, String timezone, Double distance, Integer movingTime, Integer elapsedTime,
                    Double totalElevationGain, Double averageSpeed, Double maxSpeed, Boolean hasHeartrate,
                    Double averageHeartrate, Double maxHeartrate, Double averageCadence, String gearId, Gear gear,
                    Boolean commute, Boolean trainer, Boolean manual, String description, Integer sufferScore,
                    String deviceName) {
    }

    record Gear(String id, String name) {
    }

    record Athlete(Long id, String firstname, String lastname) {
    }

    /** The token endpoint's answer to a code or refresh token. */
    record Token(String tokenType, String accessToken, String refreshToken, Long expiresAt, Long expiresIn,
                 Athlete athlete) {
    }

    /** Strava's error body: {@code {"message": ..., "errors": [{"resource", "field", "code"}]}}. */
    record Fault(String message, List<FaultDetail> errors) {
    }

    record FaultDetail(String resource, String field, String code) {
    }
}
