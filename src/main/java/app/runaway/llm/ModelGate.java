package app.runaway.llm;

import app.runaway.activity.ActivityReader;
import app.runaway.activity.ActivitySource;
import app.runaway.activity.Withholding;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place where an athlete's data may leave for a language model: every model call (chat's answers and tool
 * loop, the coach's narrator) needs a {@link Permit}, and only this gate hands them out. Strava's API terms restrict
 * sending what came from its API to a third-party AI provider, so while {@code runaway.share-strava-data} is false,
 * an athlete who has activities whose only source is Strava's API gets no permit for an external model (what the
 * athlete's own export or files also hold is the athlete's); the operator's own model (a local OpenAI-compatible
 * server on a loopback, private or {@code .local} address) is not a third party.
 */
@Component
public class ModelGate {
    private final ObjectProvider<LlmSettings> llm;
    private final ObjectProvider<ActivityReader> activities;
    private final boolean shareStravaData;

    public ModelGate(ObjectProvider<LlmSettings> llm, ObjectProvider<ActivityReader> activities,
                     @Value("${runaway.share-strava-data:false}") boolean shareStravaData) {
        this.llm = llm;
        this.activities = activities;
        this.shareStravaData = shareStravaData;
    }

    /** Proof that the gate let this call's data go to the model; made only here. */
    public static final class Permit {
        /** Package-private: only this package, whose gate decides, makes permits. */
        Permit() {
        }
    }

    /** Why no permit was given. */
    public enum Refusal {
        NO_MODEL, STRAVA_DATA
    }

    /** A permit to send this athlete's data to the configured model, or why there is none. */
    public Decision decide(long athleteId) {
        var settings = llm.getIfAvailable();
        if (settings == null || !settings.configured()) {
            return new Decision(null, Refusal.NO_MODEL);
        }
        if (settings.isLocal() || shareStravaData) {
            return new Decision(new Permit(), null);
        }
        var reader = activities.getIfAvailable();
        // without the database (the coach service) nothing is known about the data: no permit of its own making
        if (reader == null || reader.hasAnyOnlyFrom(athleteId, ActivitySource.STRAVA_API)) {
            return new Decision(null, reader == null ? Refusal.NO_MODEL : Refusal.STRAVA_DATA);
        }
        return new Decision(new Permit(), null);
    }

    /**
     * What an external AI application that reads the athlete's data itself (an MCP client) may not see: it is a third
     * party like an external model, so the same setting decides. Rather than refusing the athlete everything, such a
     * reader is given every activity but those whose only source is Strava's API (the athlete's own imports stay).
     */
    public Withholding forExternalApplications() {
        return shareStravaData ? Withholding.NONE : Withholding.STRAVA_API_ONLY;
    }

    public Optional<Permit> permit(long athleteId) {
        return Optional.ofNullable(decide(athleteId).permit());
    }

    /**
     * For the coach service, which reads no database: the main service asked it to narrate only when this gate, on
     * the main service's side, gave a permit for the athlete's data.
     */
    public Optional<Permit> forwardedByMainService() {
        var settings = llm.getIfAvailable();
        return settings != null && settings.configured() ? Optional.of(new Permit()) : Optional.empty();
    }

    public record Decision(Permit permit, Refusal refusal) {
    }
}
