package app.runaway.coach.agents;

import app.runaway.coach.CoachRequest;
import app.runaway.coach.performance.PerformanceAnalysis;

/** What every agent reads: the request, the science core's evidence over it, and the athlete's units. */
record CoachState(CoachRequest request, PerformanceAnalysis evidence, CoachUnits units) {

    static CoachState of(CoachRequest request, PerformanceAnalysis evidence) {
        return new CoachState(request, evidence, CoachUnits.of(request.athlete().units()));
    }
}
