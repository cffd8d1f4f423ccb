package app.runaway.security;

/** The athlete a request acts for, taken from its bearer token; never from the request body. */
public record CurrentAthlete(long id) {
}
