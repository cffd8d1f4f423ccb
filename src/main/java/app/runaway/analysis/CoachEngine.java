package app.runaway.analysis;

import app.runaway.coach.CoachReport;
import app.runaway.coach.CoachRequest;

/** Where analyses run: the coach in this process, or a coach started in coach role, over HTTP. */
interface CoachEngine {
    CoachReport analyze(CoachRequest request);
}
