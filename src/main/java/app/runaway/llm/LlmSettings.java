package app.runaway.llm;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The LLM that words the coach's reports, when one is configured; without one the coach answers with its rules' text.
 *
 * @param provider        {@code anthropic}, {@code openai} (any OpenAI-compatible server, Ollama included) or
 *                        {@code none}; when not set, an API key alone selects one (see {@link #effectiveProvider()})
 * @param apiKey          the provider's key (`RUNAWAY_LLM_API_KEY`, `ANTHROPIC_API_KEY` or `OPENAI_API_KEY`); a local
 *                        OpenAI-compatible server may need none
 * @param baseUrl         the API root including its version, e.g. {@code https://api.anthropic.com/v1/} or
 *                        {@code http://localhost:11434/v1}; null for the provider's own
 * @param model           the model name; null for a small, fast default of the provider
 * @param timeout         the longest a narrative may take before the rules' text is kept (default 10 s)
 * @param maxOutputTokens the longest answer asked for (default 600: a narrative is at most 1,200 characters)
 */
@ConfigurationProperties("runaway.llm")
public record LlmSettings(Provider provider, String apiKey, String baseUrl, String model, Duration timeout,
                          Integer maxOutputTokens) {

    public enum Provider { ANTHROPIC, OPENAI, NONE }

    /** Anthropic's keys start so; any other key is taken for an OpenAI-compatible server. */
    private static final String ANTHROPIC_KEY_PREFIX = "sk-ant-";

    public LlmSettings {
        apiKey = blankToNull(apiKey);
        baseUrl = blankToNull(baseUrl);
        model = blankToNull(model);
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        maxOutputTokens = maxOutputTokens == null ? 600 : maxOutputTokens;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("runaway.llm.timeout must be positive");
        }
    }

    /**
     * The provider set, else the one a key implies: none without a key, so that a machine with no key and no setting
     * runs rules-only.
     */
    public Provider effectiveProvider() {
        if (provider != null) {
            return provider;
        }
        if (apiKey == null) {
            return Provider.NONE;
        }
        return apiKey.startsWith(ANTHROPIC_KEY_PREFIX) ? Provider.ANTHROPIC : Provider.OPENAI;
    }

    public boolean configured() {
        return effectiveProvider() != Provider.NONE;
    }

    /** The model named, else a small fast one: a narrative is a short rewording with a tight time budget. */
    public String effectiveModel() {
        if (model != null) {
            return model;
        }
        return switch (effectiveProvider()) {
            case ANTHROPIC -> "claude-haiku-4-5";
            case OPENAI -> "gpt-4o-mini";
            case NONE -> "none";
        };
    }

    /**
     * Whether the model runs on this machine or the operator's own network (an OpenAI-compatible server on a
     * loopback, private or {@code .local} address, e.g. Ollama): such a model is no third-party AI provider.
     * Anthropic's API never is. A host name is judged as written, not resolved.
     */
    public boolean isLocal() {
        if (effectiveProvider() != Provider.OPENAI || baseUrl == null) {
            return false;
        }
        try {
            var host = java.net.URI.create(baseUrl).getHost();
            if (host == null) {
                return false;
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")) {
                return true;
            }
            if (!host.matches("[0-9.]+") && !host.startsWith("[")) {
                return false;
            }
            var address = java.net.InetAddress.getByName(host.replace("[", "").replace("]", ""));
            var uniqueLocalV6 = address instanceof java.net.Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
            return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || uniqueLocalV6;
        } catch (IllegalArgumentException | java.net.UnknownHostException e) {
            return false;
        }
    }

    /** Never the key: settings end up in logs and failure analyses. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LlmSettings[provider=%s, apiKey=%s, baseUrl=%s, model=%s, timeout=%s, "
                        + "maxOutputTokens=%d]", effectiveProvider().name().toLowerCase(Locale.ROOT),
                apiKey == null ? "none" : "(set)", baseUrl, effectiveModel(), timeout, maxOutputTokens);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
