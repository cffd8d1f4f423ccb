package app.runaway.mcp;

import app.runaway.athlete.AthleteProfiles;
import app.runaway.llm.ModelGate;
import app.runaway.query.AthleteScope;
import app.runaway.security.AccessTokens;
import app.runaway.security.CurrentAthlete;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Finds the athlete an MCP request acts for. Over HTTP the bearer-token filter has already authenticated the request
 * (an athlete's token is required for {@code /mcp}), and the transport hands its athlete to every handler in the
 * request's transport context; a session id never stands for an athlete, each request's own token does. In stdio
 * mode the token comes from the environment, is checked when the process starts (a missing or unknown token stops
 * it), and again on every call, so that a revoked token stops working without a restart.
 */
@Component
class McpCallers {
    /** The transport-context key under which the HTTP transport leaves the authenticated athlete's id. */
    static final String ATHLETE_ID = "runaway.athlete-id";

    private final AccessTokens tokens;
    private final AthleteProfiles profiles;
    private final ModelGate gate;
    private final String stdioToken;

    McpCallers(AccessTokens tokens, AthleteProfiles profiles, ModelGate gate, McpSettings settings,
               @Value("${spring.ai.mcp.server.stdio:false}") boolean stdio) {
        this.tokens = tokens;
        this.profiles = profiles;
        this.gate = gate;
        this.stdioToken = stdio ? settings.token() : null;
        if (stdio) {
            if (stdioToken == null) {
                throw new NoCaller("RUNAWAY_TOKEN is not set: stdio mode acts for the athlete whose token it holds "
                        + "(for the owner: the content of owner.token in the Runaway home)");
            }
            if (tokens.athleteOf(stdioToken).isEmpty()) {
                throw new NoCaller("RUNAWAY_TOKEN is not an athlete's token known to this Runaway (check "
                        + "RUNAWAY_HOME, or RUNAWAY_DB_URL when the database is shared)");
            }
        }
    }

    /** The HTTP transport's view of a request: the athlete the security filter found for its token. */
    static McpTransportContext fromSecurityContext(ServerRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentAthlete athlete) {
            return McpTransportContext.create(Map.of(ATHLETE_ID, athlete.id()));
        }
        return McpTransportContext.EMPTY;
    }

    /** The caller of this request, with what an external application may see of the athlete's data. */
    McpCaller of(McpSyncServerExchange exchange) {
        long athleteId;
        if (stdioToken != null) {
            athleteId = tokens.athleteOf(stdioToken).orElseThrow(() -> new NoCaller(
                    "RUNAWAY_TOKEN is no longer a valid token (revoked?): start the server with a current one"));
        } else if (exchange.transportContext().get(ATHLETE_ID) instanceof Long id) {
            athleteId = id;
        } else {
            throw new NoCaller("no athlete: send 'Authorization: Bearer <token>' with every request");
        }
        return new McpCaller(new AthleteScope(athleteId, gate.forExternalApplications()), profiles.get(athleteId));
    }

    /** The caller of a resource or prompt request; without one, a JSON-RPC error (a tool answers a tool error). */
    McpCaller ofRequest(McpSyncServerExchange exchange) {
        try {
            return of(exchange);
        } catch (NoCaller e) {
            throw McpError.builder(McpSchema.ErrorCodes.INVALID_REQUEST).message(e.getMessage()).build();
        }
    }

    /** A request (or a stdio start) with no athlete to act for; the message says what to do. */
    static final class NoCaller extends RuntimeException {
        NoCaller(String message) {
            super(message, null, false, false);
        }
    }
}
