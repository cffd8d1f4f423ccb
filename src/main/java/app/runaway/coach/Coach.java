package app.runaway.coach;

import app.runaway.coach.agents.CoachWorkflow;
import java.util.concurrent.Executor;

/** The coach's one entry point: a request of plain data in, a report of plain data out. */
public final class Coach {
    private final CoachWorkflow workflow;

    public Coach(Executor executor, Narrator narrator) {
        this.workflow = new CoachWorkflow(executor, narrator);
    }

    public CoachReport analyze(CoachRequest request) {
        return workflow.run(request);
    }
}
