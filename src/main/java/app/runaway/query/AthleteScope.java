package app.runaway.chat;

/**
 * The athlete every tool call is bound to, taken from the authenticated session. Tools take it as their first
 * argument and never read an athlete from a question or from a model's arguments.
 */
record AthleteScope(long athleteId) {
}
