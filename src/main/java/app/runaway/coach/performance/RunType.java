package app.runaway.coach.performance;

/** What kind of run an activity was, in the runner's words. */
public enum RunType {
    EASY("easy"),
    LONG("long"),
    WORKOUT("workout"),
    RACE("race");

    private final String code;

    RunType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isHard() {
        return this == WORKOUT || this == RACE;
    }
}
