package app.runaway.activity;

import app.runaway.athlete.Units;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * An activity as the API shows it: raw SI figures with units in their names, plus a display in athlete units.
 * {@code evidence} is the athlete's say on it as evidence of fitness: "auto" (the coach's checks decide), "include"
 * or "exclude" (PUT /api/activities/{id}/evidence).
 */
record ActivityView(
        long id,
        Long stravaId,
        String source,
        String name,
        String sportType,
        String workoutType,
        Instant startDate,
        LocalDateTime startDateLocal,
        String timezone,
        double distanceM,
        int movingTimeS,
        int elapsedTimeS,
        Double elevationGainM,
        Double averageSpeedMps,
        Double maxSpeedMps,
        Double averageHeartrate,
        Double maxHeartrate,
        Double averageCadence,
        String gearName,
        boolean commute,
        boolean trainer,
        boolean manual,
        String description,
        Integer relativeEffort,
        TrackSummary track,
        String deviceName,
        java.util.List<String> sources,
        Double caloriesKcal,
        String evidence,
        Display display) {

    /** What a runner reads: "6.33 km", "41:08", "6:30 /km" (pace for foot sports, speed otherwise). */
    record Display(String distance, String movingTime, String elapsedTime, String pace, String speed) {
    }

    /** An activity in a list: its track's figures without the route's positions. */
    static ActivityView of(Activity a, Units units) {
        return of(a, units, a.track() == null ? null : a.track().withoutRoute());
    }

    /** One activity, its track's route included. */
    static ActivityView detailed(Activity a, Units units) {
        return of(a, units, a.track());
    }

    private static ActivityView of(Activity a, Units units, TrackSummary track) {
        var pace = a.isFootSport() ? Pace.of(a.distanceM(), a.movingTimeS()).map(p -> p.format(units)).orElse(null)
                : null;
        var speed = !a.isFootSport() && a.movingTimeS() > 0 && a.distanceM() > 0
                ? String.format(java.util.Locale.ROOT, "%.1f %s/h",
                        new Distance(a.distanceM()).in(units) * 3600 / a.movingTimeS(), units.distanceUnit())
                : null;
        var display = new Display(new Distance(a.distanceM()).format(units), Durations.clock(a.movingTimeS()),
                Durations.clock(a.elapsedTimeS()), pace, speed);
        return new ActivityView(a.id(), a.stravaId(), a.source().code(), a.name(), a.sportType(),
                a.workoutType() == null ? null : a.workoutType().code(), a.startDate(), a.startDateLocal(),
                a.timezone(), a.distanceM(), a.movingTimeS(), a.elapsedTimeS(), a.elevationGainM(),
                a.averageSpeedMps(), a.maxSpeedMps(), a.averageHeartrate(), a.maxHeartrate(), a.averageCadence(),
                a.gearName(), a.commute(), a.trainer(), a.manual(), a.description(), a.relativeEffort(), track,
                a.deviceName() != null ? a.deviceName() : a.track() == null ? null : a.track().device(),
                a.sources().stream().map(ActivitySource::code).toList(), a.calories(), a.evidence().code(), display);
    }
}
