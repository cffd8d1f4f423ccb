package app.runaway.analysis;

import app.runaway.coach.CoachReport;
import app.runaway.coach.CoachRequest;
import app.runaway.coach.Narrator;

/** Where analyses run: the coach in this process, or a coach started in coach role, over HTTP. */
interface CoachEngine {
    /** @param narrator who words the report's parts: an LLM the gate allowed, or {@link Narrator#NONE} */
    CoachReport analyze(CoachRequest request, Narrator narrator);
}
