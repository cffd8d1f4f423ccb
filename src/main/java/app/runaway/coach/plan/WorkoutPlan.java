package app.runaway.coach.plan;

import java.util.List;

/** This week's and next week's days, the weekly targets, and the reasons behind them. */
public record WorkoutPlan(List<PlannedDay> thisWeek, List<PlannedDay> nextWeek, double thisWeekTargetM,
                          double nextWeekTargetM, List<String> reasoning) {
}
