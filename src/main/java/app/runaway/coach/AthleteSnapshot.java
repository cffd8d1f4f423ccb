package app.runaway.coach;

/**
 * What the coach knows about the athlete beyond the activities.
 *
 * @param sex   "M", "F", or null when not given
 * @param units "metric" or "imperial"; the science works in metres and seconds, units matter only for display
 */
public record AthleteSnapshot(String sex, Integer birthYear, Integer maxHeartrate, Integer restingHeartrate,
                              String units) {

    public static AthleteSnapshot unknown() {
        return new AthleteSnapshot(null, null, null, null, "metric");
    }

    public boolean isFemale() {
        return "F".equalsIgnoreCase(sex);
    }
}
