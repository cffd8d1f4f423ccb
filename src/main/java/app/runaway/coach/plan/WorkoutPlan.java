package app.runaway.coach.plan;

import java.util.List;

/**
 * This week's and next week's days, the weekly targets, what each week is for, and the reasons behind them.
 *
 * @param doneThisWeekM  what the athlete has already run this week, today included: this week's days add up to
 *                       the target less that
 * @param shapedByHealth whether illness or injury shapes either week: days of it fall in them, or a week is a return
 *                       from it
 */
public record WorkoutPlan(List<PlannedDay> thisWeek, List<PlannedDay> nextWeek, double thisWeekTargetM,
                          double nextWeekTargetM, WeekKind thisWeekKind, WeekKind nextWeekKind, double doneThisWeekM,
                          boolean shapedByHealth, List<String> reasoning) {
}
