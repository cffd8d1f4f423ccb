package app.runaway.activity;

import app.runaway.mydata.PersonalData;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The athlete's activities in "my data": every stored figure; erasing them goes the way any deletion goes. */
@Component
class ActivityData implements PersonalData {
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 30);

    private final ActivityReader reader;
    private final ActivityStore store;

    ActivityData(ActivityReader reader, ActivityStore store) {
        this.reader = reader;
        this.store = store;
    }

    @Override
    public String section() {
        return "activities";
    }

    @Override
    public List<Map<String, Object>> rows(long athleteId) {
        return reader.between(athleteId, FIRST, LAST).stream().map(ActivityData::row).toList();
    }

    @Override
    public void erase(long athleteId) {
        // one deletion like any other: vectors, cached answers and analyses go with the activities
        store.delete(athleteId, reader.between(athleteId, FIRST, LAST).stream().map(Activity::id).toList());
    }

    @Override
    public int eraseOrder() {
        return 50;
    }

    private static Map<String, Object> row(Activity a) {
        var row = new LinkedHashMap<String, Object>();
        row.put("id", a.id());
        row.put("strava_id", a.stravaId());
        row.put("name", a.name());
        row.put("sport_type", a.sportType());
        row.put("workout_type", a.workoutType() == null ? null : a.workoutType().code());
        row.put("start_date", a.startDate().toString());
        row.put("start_date_local", a.startDateLocal().toString());
        row.put("timezone", a.timezone());
        row.put("distance_m", a.distanceM());
        row.put("moving_time_s", a.movingTimeS());
        row.put("elapsed_time_s", a.elapsedTimeS());
        row.put("elevation_gain_m", a.elevationGainM());
        row.put("average_speed_mps", a.averageSpeedMps());
        row.put("max_speed_mps", a.maxSpeedMps());
        row.put("average_heartrate", a.averageHeartrate());
        row.put("max_heartrate", a.maxHeartrate());
        row.put("average_cadence", a.averageCadence());
        row.put("gear_name", a.gearName());
        row.put("commute", a.commute());
        row.put("trainer", a.trainer());
        row.put("manual", a.manual());
        row.put("description", a.description());
        row.put("relative_effort", a.relativeEffort());
        row.put("calories_kcal", a.calories());
        row.put("device_name", a.deviceName());
        row.put("sources", a.sources().stream().map(ActivitySource::code).toList());
        row.put("track", a.track() == null ? null : a.track().withoutRoute());
        return row;
    }
}
