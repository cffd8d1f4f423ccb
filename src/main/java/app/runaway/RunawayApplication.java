package app.runaway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import app.runaway.coachserver.CoachServerApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Runaway: one jar, two roles. By default ("all") the whole service; in coach role only the coach's private
 * analysis API ({@link CoachServerApplication}). With {@code --mcp-stdio} the whole service runs without HTTP as an MCP
 * server on stdin and stdout, for a desktop client that starts it as a local process.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        // the coach role is its own application; the whole service runs the coach in process
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "app\\.runaway\\.coachserver\\..*")})
@ConfigurationPropertiesScan
public class RunawayApplication {
    static final String MCP_STDIO = "--mcp-stdio";

    public static void main(String[] args) {
        if (Arrays.asList(args).contains(MCP_STDIO)) {
            runMcpStdio(args);
            return;
        }
        SpringApplication.run(coachRole(args) ? CoachServerApplication.class : RunawayApplication.class, args);
    }

    /**
     * The MCP server on stdin/stdout: stdout must carry the protocol alone (logs go to stderr, no banner), and a start
     * that cannot serve (no token, an unknown token, a home in use) says why in one line on stderr and exits 2.
     */
    private static void runMcpStdio(String[] args) {
        var token = System.getenv("RUNAWAY_TOKEN");
        var tokenArgument = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--runaway.mcp.token="));
        if ((token == null || token.isBlank()) && !tokenArgument) {
            System.err.println("runaway --mcp-stdio: RUNAWAY_TOKEN is not set. Set it to the athlete's bearer token "
                    + "(for the owner: the content of owner.token in the Runaway home).");
            System.exit(2);
        }
        try {
            SpringApplication.run(RunawayApplication.class, mcpStdioArguments(args));
        } catch (RuntimeException e) {
            var cause = (Throwable) e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            System.err.println("runaway --mcp-stdio: " + cause.getMessage());
            System.exit(2);
        }
    }

    /**
     * The flag as the Spring properties it stands for, before the caller's own arguments (which may override). A
     * desktop client ends the process when it closes, so stopping does not wait long for a background job: jobs are
     * durable and resume on the next start.
     */
    static String[] mcpStdioArguments(String[] args) {
        var all = new ArrayList<>(List.of("--spring.main.web-application-type=none",
                "--spring.ai.mcp.server.stdio=true", "--spring.main.banner-mode=off",
                "--logging.config=classpath:logback-mcp-stdio.xml",
                "--spring.lifecycle.timeout-per-shutdown-phase=5s"));
        Arrays.stream(args).filter(arg -> !arg.equals(MCP_STDIO)).forEach(all::add);
        return all.toArray(String[]::new);
    }

    static boolean coachRole(String[] args) {
        for (var arg : args) {
            if (arg.equals("--runaway.role=coach")) {
                return true;
            }
        }
        return "coach".equalsIgnoreCase(System.getenv("RUNAWAY_ROLE"));
    }
}
