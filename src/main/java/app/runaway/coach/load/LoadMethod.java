package app.runaway.coach.load;

/** How a training load was obtained. */
public enum LoadMethod {
    /** Banister TRIMP from the session's average heart rate. */
    TRIMP("trimp"),
    /** Estimated from duration and pace relative to the athlete's fitness, for sessions without heart rate. */
    PACE_ESTIMATE("pace_estimate"),
    /** No loads at all: nothing to measure. */
    NONE("none");

    private final String code;

    LoadMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
