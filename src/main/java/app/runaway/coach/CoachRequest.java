package app.runaway.coach;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything an analysis needs, handed in by the caller: the coach reads no database and calls no service.
 *
 * @param history       activities up to {@code asOf}, ideally months more than the window so that fitness (CTL)
 *                      and weekly averages have settled
 * @param goal          the race aimed at, or null
 * @param timeframeDays the window (ending on {@code asOf}) for trends, paces and the VDOT
 */
public record CoachRequest(AthleteSnapshot athlete, List<RunSample> history, RaceGoal goal, LocalDate asOf,
                           int timeframeDays, FocusArea focus, List<Unavailability> unavailable) {

    public CoachRequest {
        history = List.copyOf(history);
        unavailable = List.copyOf(unavailable);
        if (timeframeDays < 7 || timeframeDays > 3650) {
            throw new IllegalArgumentException("the window must be 7 to 3650 days");
        }
    }
}
