package app.runaway.mcp;

import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import java.time.Duration;
import java.util.List;
import org.springframework.ai.mcp.server.common.autoconfigure.properties.McpServerStreamableHttpProperties;
import org.springframework.ai.mcp.server.webmvc.transport.WebMvcStreamableServerTransportProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runaway's tools, resources and prompts for Spring AI's MCP server, which serves them over Streamable HTTP at
 * {@code /mcp} (behind the bearer-token security) or, with {@code --mcp-stdio}, over the process's stdin and stdout.
 */
@Configuration(proxyBeanMethods = false)
class McpConfiguration {

    @Bean
    List<SyncToolSpecification> runawayTools(McpTools tools) {
        return tools.specifications();
    }

    @Bean
    List<SyncResourceSpecification> runawayResources(McpResources resources) {
        return resources.specifications();
    }

    @Bean
    List<SyncPromptSpecification> runawayPrompts(McpPrompts prompts) {
        return prompts.specifications();
    }

    /**
     * Spring AI's Streamable HTTP transport, as its auto-configuration makes it, plus what that leaves out: each
     * request's athlete handed to the handlers (from the token the security filter checked), bounds on the sessions a
     * client can leave open, and the checks of {@link McpRequestGuard} in front. Off in stdio mode, and with the MCP
     * server ({@code spring.ai.mcp.server.enabled=false}).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty(prefix = "spring.ai.mcp.server", name = "stdio", havingValue = "false",
            matchIfMissing = true)
    @ConditionalOnProperty(prefix = "spring.ai.mcp.server", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    static class StreamableHttp {

        @Bean
        McpRequestGuard mcpRequestGuard(McpServerStreamableHttpProperties http, McpSettings settings,
                                        JsonMapper json) {
            return new McpRequestGuard(http, settings, json);
        }

        @Bean
        WebMvcStreamableServerTransportProvider webMvcStreamableServerTransportProvider(
                @Qualifier("mcpServerJsonMapper") JsonMapper json, McpServerStreamableHttpProperties http,
                McpSettings settings) {
            return WebMvcStreamableServerTransportProvider.builder()
                    .jsonMapper(new JacksonMcpJsonMapper(json))
                    .mcpEndpoint(http.getMcpEndpoint())
                    .keepAliveInterval(http.getKeepAliveInterval())
                    .disallowDelete(http.isDisallowDelete())
                    .contextExtractor(McpCallers::fromSecurityContext)
                    .sessionIdleTimeout(settings.sessionIdleTimeout())
                    .maxSessions(settings.maxSessions())
                    .build();
        }

        /**
         * A client's open event stream is a request in flight, which a graceful shutdown waits for (30 s): the
         * sessions are closed as the context starts closing, before the web server stops taking requests.
         */
        @Bean
        ApplicationListener<ContextClosedEvent> closeMcpSessionsOnShutdown(
                WebMvcStreamableServerTransportProvider transport) {
            return event -> transport.closeGracefully().block(Duration.ofSeconds(5));
        }
    }
}
