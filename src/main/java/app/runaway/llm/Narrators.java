package app.runaway.llm;

import app.runaway.coach.Narrator;
import dev.langchain4j.model.chat.ChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coach's narrator for one athlete's analysis: the LLM when one is configured and the {@link ModelGate} lets
 * that athlete's data reach it, else {@link Narrator#NONE} (the rules' own words).
 */
@Component
public class Narrators {
    private final ObjectProvider<ChatModel> model;
    private final ObjectProvider<LlmSettings> settings;
    private final ModelGate gate;
    private final JsonMapper json;

    Narrators(ObjectProvider<ChatModel> model, ObjectProvider<LlmSettings> settings, ModelGate gate, JsonMapper json) {
        this.model = model;
        this.settings = settings;
        this.gate = gate;
        this.json = json;
    }

    public Narrator forAthlete(long athleteId) {
        return gate.permit(athleteId).map(this::narrator).orElse(Narrator.NONE);
    }

    /** In the coach service: the main service asked for narration, its own gate having allowed it. */
    public Narrator forwardedByMainService() {
        return gate.forwardedByMainService().map(this::narrator).orElse(Narrator.NONE);
    }

    private Narrator narrator(ModelGate.Permit permit) {
        var chatModel = model.getIfAvailable();
        var llm = settings.getIfAvailable();
        return chatModel == null || llm == null ? Narrator.NONE
                : new LlmNarrator(chatModel, json, llm.timeout(), permit);
    }
}
