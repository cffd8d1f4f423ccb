package app.runaway.goal;

import app.runaway.coach.RaceGoal;
import java.time.LocalDate;

/** A stored goal: the race it aims at, its priority and whether it is still being pursued. */
public record Goal(long id, long athleteId, RaceGoal race, GoalStatus status) {

    public enum GoalStatus {
        ACTIVE, ACHIEVED, ABANDONED;

        public String code() {
            return name().toLowerCase();
        }

        static GoalStatus fromCode(String code) {
            return valueOf(code.toUpperCase());
        }
    }

    public LocalDate raceDate() {
        return race.raceDate();
    }
}
