package app.runaway.coach.plan;

import java.time.LocalDate;

/** One planned week: its Monday, its kind, the distance it aims at, and why. */
record WeekTarget(LocalDate monday, WeekKind kind, double distanceM, String reason) {

    /** The same week aiming at another distance; {@code why}, when given, is added to the reason. */
    WeekTarget withDistance(double metres, String why) {
        return new WeekTarget(monday, kind, metres, why == null ? reason : reason + "; " + why);
    }
}
