package app.runaway.query;

import app.runaway.activity.ActivityFilter;

/**
 * Which activities a question is about: sports, days, and optional bounds on distance, pace (seconds per km; a
 * "faster than" bound is a maximum), average heart rate, climb and moving time, words of the name or description,
 * races only. Every bound is inclusive; null is unbounded.
 */
public record Selection(Sports sports, DayRange days, Double minDistanceM, Double maxDistanceM,
                        Double minPaceSPerKm, Double maxPaceSPerKm, Double minHeartrate, Double maxHeartrate,
                        Double minClimbM, Integer minMovingTimeS, Integer maxMovingTimeS, String words,
                        boolean racesOnly) {

    public Selection {
        sports = sports == null ? Sports.RUNS : sports;
        days = days == null ? DayRange.ALL_TIME : days;
        words = words == null || words.isBlank() ? null : words.strip();
    }

    public static Selection of(Sports sports, DayRange days) {
        return new Selection(sports, days, null, null, null, null, null, null, null, null, null, null, false);
    }

    public Selection withDays(DayRange newDays) {
        return new Selection(sports, newDays, minDistanceM, maxDistanceM, minPaceSPerKm, maxPaceSPerKm,
                minHeartrate, maxHeartrate, minClimbM, minMovingTimeS, maxMovingTimeS, words, racesOnly);
    }

    public Selection withMinDistance(Double metres) {
        return new Selection(sports, days, metres, maxDistanceM, minPaceSPerKm, maxPaceSPerKm, minHeartrate,
                maxHeartrate, minClimbM, minMovingTimeS, maxMovingTimeS, words, racesOnly);
    }

    public Selection withSports(Sports newSports) {
        return new Selection(newSports, days, minDistanceM, maxDistanceM, minPaceSPerKm, maxPaceSPerKm,
                minHeartrate, maxHeartrate, minClimbM, minMovingTimeS, maxMovingTimeS, words, racesOnly);
    }

    /** Whether anything beyond sport and days narrows the selection. */
    public boolean hasBounds() {
        return minDistanceM != null || maxDistanceM != null || minPaceSPerKm != null || maxPaceSPerKm != null
                || minHeartrate != null || maxHeartrate != null || minClimbM != null || minMovingTimeS != null
                || maxMovingTimeS != null || words != null || racesOnly;
    }

    ActivityFilter filter(ActivityFilter.Order order, int limit) {
        return new ActivityFilter(sports.types(), days.from(), days.to(), minDistanceM, maxDistanceM, minPaceSPerKm,
                maxPaceSPerKm, minHeartrate, maxHeartrate, minClimbM, minMovingTimeS, maxMovingTimeS, words,
                racesOnly, order, limit);
    }
}
