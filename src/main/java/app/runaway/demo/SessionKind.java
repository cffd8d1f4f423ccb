package app.runaway.demo;

/** What the athlete did on a planned slot; the first six are runs. */
enum SessionKind {
    EASY, RECOVERY, LONG_RUN, INTERVALS, THRESHOLD, RACE, RIDE, WALK, WEIGHT_TRAINING;

    boolean isRun() {
        return ordinal() <= RACE.ordinal();
    }
}
