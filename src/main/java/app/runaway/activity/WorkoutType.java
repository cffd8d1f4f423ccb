package app.runaway.activity;

/** Strava's workout_type for runs, in the runner's words. */
public enum WorkoutType {
    DEFAULT("default"),
    RACE("race"),
    LONG_RUN("long_run"),
    WORKOUT("workout");

    private final String code;

    WorkoutType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static WorkoutType fromCode(String code) {
        for (var type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown workout type: " + code);
    }
}
