package app.runaway.mcp;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The MCP server's own settings (the protocol's are Spring AI's {@code spring.ai.mcp.server.*}).
 *
 * @param token              the athlete's bearer token in stdio mode ({@code RUNAWAY_TOKEN}): a desktop client starts
 *                           the process with it, and every call acts for that athlete; unused over HTTP, where each
 *                           request's own token decides
 * @param sessionIdleTimeout how long an HTTP session may go unused before it is dropped (a client that never says
 *                           goodbye must not hold memory for ever); a dropped session's client initializes again
 * @param maxSessions        HTTP sessions held at once; one more initialize is answered 503
 * @param maxRequestSize     the largest JSON-RPC message accepted over HTTP (413 above); MCP requests are small
 */
@ConfigurationProperties("runaway.mcp")
public record McpSettings(String token, Duration sessionIdleTimeout, Integer maxSessions, DataSize maxRequestSize) {

    public McpSettings {
        token = token == null || token.isBlank() ? null : token.strip();
        sessionIdleTimeout = sessionIdleTimeout == null ? Duration.ofMinutes(30) : sessionIdleTimeout;
        maxSessions = maxSessions == null ? 1000 : maxSessions;
        maxRequestSize = maxRequestSize == null ? DataSize.ofKilobytes(256) : maxRequestSize;
        if (sessionIdleTimeout.isNegative() || sessionIdleTimeout.isZero() || maxSessions < 1
                || maxRequestSize.toBytes() < 1024) {
            throw new IllegalArgumentException("runaway.mcp: session-idle-timeout must be positive, max-sessions at "
                    + "least 1, max-request-size at least 1KB");
        }
    }
}
