package app.runaway.coach.plan;

import java.time.LocalDate;

/** One planned week: its Monday, its kind, the distance it aims at, and why. */
record WeekTarget(LocalDate monday, WeekKind kind, double distanceM, String reason) {
}
