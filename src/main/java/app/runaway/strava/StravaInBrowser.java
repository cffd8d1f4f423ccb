package app.runaway.strava;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connecting Strava from the web app. The state is issued for the browser and kept in the browser's session (in
 * PostgreSQL, like every session): the callback accepts a browser state only from the session that holds it, so a
 * callback URL planted in someone else's browser (login CSRF: signing the victim in as the attacker, or connecting the
 * attacker's Strava to the victim) is refused. A sign-up's new token waits in the new session to be shown once.
 */
@Service
public class StravaInBrowser {
    /** Session attributes; the web app reaches them only through this class. */
    private static final String STATES = "runaway.strava.oauth-states";
    private static final String NEW_TOKEN = "runaway.strava.new-token";
    /** States one session keeps (a runner who clicks in several tabs); the oldest goes first. */
    private static final int MOST_STATES = 5;

    private final StravaSettings settings;
    private final OAuthStates states;

    StravaInBrowser(StravaSettings settings, OAuthStates states) {
        this.settings = settings;
        this.states = states;
    }

    /** Whether a browser without a session may sign up (or sign in) through Strava. */
    public boolean signUpOffered() {
        return settings.configured() && settings.signup();
    }

    /**
     * Strava's consent page for this browser, with a new state bound to the athlete (null: a sign-up or sign-in,
     * which needs sign-up turned on) and kept in the browser's session.
     */
    @Transactional
    public String start(Long athleteId, HttpServletRequest request) {
        if (!settings.configured() || (athleteId == null && !settings.signup())) {
            throw new StravaNotConfiguredException();
        }
        var state = states.issue(athleteId, true);
        var session = request.getSession(true);
        @SuppressWarnings("unchecked")
        var held = session.getAttribute(STATES) instanceof List<?> list ? new ArrayList<>((List<String>) list)
                : new ArrayList<String>();
        held.add(state);
        while (held.size() > MOST_STATES) {
            held.removeFirst();
        }
        session.setAttribute(STATES, held);
        return settings.authorizeUrl(state);
    }

    /** Whether this browser's session holds the state (it is taken out: a state serves once). */
    boolean claim(HttpServletRequest request, String state) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(STATES) instanceof List<?> held) || !held.contains(state)) {
            return false;
        }
        var rest = new ArrayList<>(held);
        rest.remove(state);
        session.setAttribute(STATES, rest);
        return true;
    }

    /** Keeps a sign-up's token in the (new) session until a page shows it; never logged. */
    void keepNewToken(HttpServletRequest request, String token) {
        request.getSession(true).setAttribute(NEW_TOKEN, token);
    }

    /** A sign-up's token, once: the page that shows it takes it out of the session. */
    public Optional<String> takeNewToken(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(NEW_TOKEN) instanceof String token)) {
            return Optional.empty();
        }
        session.removeAttribute(NEW_TOKEN);
        return Optional.of(token);
    }
}
