package app.runaway.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** Builds the configured provider's chat model; the rest of the service sees only {@link ChatModel}. */
final class ChatModels {
    /** Low: the model rewords given facts, it is not asked for ideas. */
    private static final double TEMPERATURE = 0.2;

    private ChatModels() {
    }

    /**
     * No retries: a failed narrative falls back to the rules' text at once, which beats a second wait. The HTTP
     * timeout is the narrative's whole budget; {@link LlmNarrator} bounds the call by it as well.
     */
    static ChatModel from(LlmSettings settings) {
        if (settings.effectiveProvider() == LlmSettings.Provider.ANTHROPIC && settings.apiKey() == null) {
            throw new IllegalStateException("runaway.llm.provider is anthropic but no API key is set "
                    + "(ANTHROPIC_API_KEY or RUNAWAY_LLM_API_KEY)");
        }
        return switch (settings.effectiveProvider()) {
            case ANTHROPIC -> AnthropicChatModel.builder()
                    .baseUrl(settings.baseUrl())
                    .apiKey(settings.apiKey())
                    .modelName(settings.effectiveModel())
                    .temperature(TEMPERATURE)
                    .maxTokens(settings.maxOutputTokens())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
            case OPENAI -> OpenAiChatModel.builder()
                    .baseUrl(settings.baseUrl())
                    .apiKey(settings.apiKey())
                    .modelName(settings.effectiveModel())
                    .temperature(TEMPERATURE)
                    .maxTokens(settings.maxOutputTokens())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
            case NONE -> throw new IllegalStateException("no LLM provider is configured");
        };
    }
}
