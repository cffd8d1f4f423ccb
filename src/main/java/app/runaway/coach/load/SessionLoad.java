package app.runaway.coach.load;

import java.time.LocalDate;

/** The training load of one activity, in TRIMP units, and whether it was measured or estimated. */
public record SessionLoad(long activityId, LocalDate date, double load, LoadMethod method) {

    public boolean isEstimate() {
        return method == LoadMethod.PACE_ESTIMATE;
    }
}
