package app.runaway.query;

import app.runaway.coach.FocusArea;

/** The coach's answers a question can ask for, and the part of the analysis each needs. */
public enum CoachTopic {
    /** "How am I doing?": the synthesis, with the performance behind it. */
    OVERVIEW("overview", FocusArea.ALL),
    /** VDOT and race predictions. */
    PREDICTIONS("predictions", FocusArea.GOAL),
    /** Training paces and heart-rate zones. */
    PACES("paces", FocusArea.PACE),
    /** This week's and next week's plan. */
    PLAN("plan", FocusArea.WORKOUT),
    /** "Am I ready for my half?": the goal's feasibility. */
    READINESS("readiness", FocusArea.GOAL),
    /** "What should I run tomorrow?": the plan's next day. */
    NEXT_SESSION("next_session", FocusArea.WORKOUT);

    private final String code;
    private final FocusArea focus;

    CoachTopic(String code, FocusArea focus) {
        this.code = code;
        this.focus = focus;
    }

    public String code() {
        return code;
    }

    public FocusArea focus() {
        return focus;
    }

    public static CoachTopic fromCode(String code) {
        for (var topic : values()) {
            if (topic.code.equals(code)) {
                return topic;
            }
        }
        throw new IllegalArgumentException("no coach topic " + code);
    }
}
