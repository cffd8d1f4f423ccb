package app.runaway.coach.evidence;

/**
 * The plausibility checks an activity passes before the coach takes it as evidence of fitness (VDOT, best efforts,
 * records, pace trends). A failed check leaves the activity out of that evidence, never out of volume: a run with a
 * GPS glitch was still run.
 */
public enum Check {
    /** Faster than the world record for its distance: no runner did that. Decisive. */
    IMPOSSIBLE_PACE("impossible_pace"),
    /** Moving time under 60 % of elapsed: auto-pause or GPS gaps cut the time its pace is taken over. Decisive. */
    PAUSED("paused"),
    /** Average speed well above the recorded top speed: the distance or the time is wrong. Decisive. */
    AVERAGE_ABOVE_TOP_SPEED("average_above_top_speed"),
    /** A hard-looking run whose moving time is under 80 % of elapsed: repeats with standing rests, no one effort. */
    BROKEN_BY_PAUSES("broken_by_pauses"),
    /** A hard-looking run whose name or description lists several efforts ("6x800", "1500+800"). */
    SEVERAL_EFFORTS("several_efforts"),
    /** Far faster than the athlete's other efforts of the year around it. */
    PACE_OUTLIER("pace_outlier"),
    /** A top speed beyond what runners reach: a GPS jump. Only supports another finding. */
    TOP_SPEED("top_speed"),
    /** A heart rate no higher than on the athlete's usual runs for their hardest pace. Only supports another finding. */
    HEART_RATE_TOO_LOW("heart_rate_too_low"),
    /** An outdoor run averaging its own top speed, which only a treadmill or a GPS fault gives. Supporting only. */
    STEADY_AT_TOP_SPEED("steady_at_top_speed"),
    /** The athlete excluded it. */
    EXCLUDED_BY_ATHLETE("excluded_by_athlete");

    private final String code;

    Check(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
