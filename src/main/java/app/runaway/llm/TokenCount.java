package app.runaway.llm;

import dev.langchain4j.model.openai.OpenAiTokenCountEstimator;

/**
 * Tokens in a text, counted with OpenAI's o200k encoding (jtokkit, in process). Claude's tokenizer is not public and
 * counts English prose and JSON somewhat higher, so budgets built on this count keep a margin; what an answer really
 * cost is always the provider's own count.
 */
public final class TokenCount {
    private static final OpenAiTokenCountEstimator ESTIMATOR = new OpenAiTokenCountEstimator("gpt-4o-mini");

    private TokenCount() {
    }

    public static int of(String text) {
        return text == null || text.isEmpty() ? 0 : ESTIMATOR.estimateTokenCountInText(text);
    }
}
