package app.runaway.coach.plan;

import java.util.List;

/**
 * This week's and next week's days, the weekly targets, what each week is for, and the reasons behind them.
 *
 * @param doneThisWeekM what the athlete has already run this week, today included: this week's days add up to
 *                      the target less that
 */
public record WorkoutPlan(List<PlannedDay> thisWeek, List<PlannedDay> nextWeek, double thisWeekTargetM,
                          double nextWeekTargetM, WeekKind thisWeekKind, WeekKind nextWeekKind, double doneThisWeekM,
                          List<String> reasoning) {
}
