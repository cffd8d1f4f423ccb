package app.runaway.mcp;

import app.runaway.athlete.AthleteProfile;
import app.runaway.query.AthleteScope;

/**
 * Who an MCP request acts for: the athlete of the bearer token (Streamable HTTP) or of {@code RUNAWAY_TOKEN} (stdio),
 * never an argument, and what that athlete's data may show an external AI application (the scope's withholding).
 */
record McpCaller(AthleteScope scope, AthleteProfile profile) {
}
