package app.runaway.query;

import app.runaway.activity.Withholding;

/**
 * The athlete every query is bound to, taken from the authenticated session (a bearer token, a browser session, an
 * MCP connection), and which of that athlete's activities the caller may see: an external AI application (an MCP
 * client) gets none whose only source is Strava's API unless the operator allows it. Queries take it as their first
 * argument and never read an athlete from a question or from a model's arguments.
 */
public record AthleteScope(long athleteId, Withholding withholding) {

    public AthleteScope {
        withholding = withholding == null ? Withholding.NONE : withholding;
    }

    /** The athlete's own view: every activity. */
    public AthleteScope(long athleteId) {
        this(athleteId, Withholding.NONE);
    }
}
