package app.runaway.security;

import app.runaway.platform.ForbiddenException;

/**
 * The athlete a request acts for, taken from its bearer token (or the browser session it was exchanged for, which is
 * why it is serializable: sessions live in PostgreSQL); never from the request body.
 */
public record CurrentAthlete(long id) implements java.io.Serializable {

    /**
     * The existing client also sends its athlete id (a number or a text) in some bodies: it is accepted only when it
     * names this athlete; anything else answers 403. The detail does not repeat what was sent: an answer that echoes
     * client input invites reflection tricks and tells a prober nothing it needs.
     */
    public void requireSame(Object claimedAthleteId) {
        if (claimedAthleteId == null || String.valueOf(claimedAthleteId).isBlank()) {
            return;
        }
        if (!String.valueOf(claimedAthleteId).strip().equals(String.valueOf(id))) {
            throw new ForbiddenException("athlete_id is not the athlete this token belongs to");
        }
    }
}
