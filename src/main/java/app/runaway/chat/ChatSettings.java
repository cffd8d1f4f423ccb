package app.runaway.chat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How chat uses a language model, when one is configured ({@code runaway.llm.*} says which).
 *
 * @param model            the model for questions of a known family ("longest run this year"); null: the provider's
 *                         fast default (claude-haiku-4-5 for Anthropic, else {@code runaway.llm.model})
 * @param complexModel     the model for open questions, comparisons and coaching; null: claude-sonnet-4-6 for
 *                         Anthropic, else {@code runaway.llm.model}
 * @param timeout          the longest a whole answer may take, tool calls included, before the offline engine answers
 * @param maxModelCalls    model calls per answer (tool rounds and the one grounding retry included)
 * @param contextTokens    what the context block (profile, memory, goals, totals, recent days) may take
 */
@ConfigurationProperties("runaway.chat")
public record ChatSettings(String model, String complexModel, Duration timeout, Integer maxModelCalls,
                    Integer contextTokens) {

    public ChatSettings {
        model = blankToNull(model);
        complexModel = blankToNull(complexModel);
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        maxModelCalls = maxModelCalls == null ? 6 : maxModelCalls;
        contextTokens = contextTokens == null ? 450 : contextTokens;
        if (timeout.isNegative() || timeout.isZero() || maxModelCalls < 1 || contextTokens < 100) {
            throw new IllegalArgumentException("runaway.chat: timeout must be positive, max-model-calls at least 1, "
                    + "context-tokens at least 100");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
