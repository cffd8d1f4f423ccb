package app.runaway.query;

/**
 * The athlete every query is bound to, taken from the authenticated session (a bearer token, a browser session, an
 * MCP connection). Queries take it as their first argument and never read an athlete from a question or from a
 * model's arguments.
 */
public record AthleteScope(long athleteId) {
}
