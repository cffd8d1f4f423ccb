package app.runaway.coach.heartrate;

/** Where a maximum or resting heart rate came from, most trustworthy first. */
public enum HeartRateSource {
    /** The athlete entered it. */
    PROFILE("profile"),
    /** The highest maximum heart rate recorded in the athlete's runs. */
    OBSERVED("observed_in_runs"),
    /** Estimated from the average heart rate of hard runs and their pace against the VDOT (runs record no maximum). */
    ESTIMATED("estimated_from_runs"),
    /** 220 - age: a population average with a spread of about 10 bpm, the last resort. */
    AGE_FORMULA("220_minus_age"),
    /** A typical adult value, used when nothing better is known. */
    TYPICAL("typical_value");

    private final String code;

    HeartRateSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
