package app.runaway.analysis;

import app.runaway.coach.CoachReport;
import app.runaway.coach.CoachRequest;
import tools.jackson.databind.json.JsonMapper;

/** Lets tests in other packages call the coach service the way the main service does. */
public final class RemoteCoachProbe {
    private final RemoteCoach remote;

    public RemoteCoachProbe(String baseUrl, String token, JsonMapper json) {
        this.remote = new RemoteCoach(baseUrl, token, json);
    }

    public CoachReport analyze(CoachRequest request) {
        return remote.analyze(request, app.runaway.coach.Narrator.NONE);
    }
}
