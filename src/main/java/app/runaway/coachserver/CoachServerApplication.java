package app.runaway.coachserver;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import app.runaway.llm.LlmConfiguration;
import app.runaway.llm.ModelGate;
import app.runaway.llm.Narrators;
import org.springframework.context.annotation.Import;

/**
 * The same jar in coach role (`--runaway.role=coach` or `RUNAWAY_ROLE=coach`): only the analysis, privately. No
 * database, no Strava, no activity tables: the main service sends the activities each analysis needs, with the
 * service-to-service token in `RUNAWAY_COACH_TOKEN`.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        // the MCP server is the main service's: the coach role serves no athlete
        "org.springframework.ai.mcp.server.common.autoconfigure.McpServerAutoConfiguration",
        "org.springframework.ai.mcp.server.webmvc.autoconfigure.McpServerStreamableHttpWebMvcAutoConfiguration"})
@Import({CoachEndpoint.class, CoachServerSecurity.class, LlmConfiguration.class, ModelGate.class, Narrators.class})
public class CoachServerApplication {
}
