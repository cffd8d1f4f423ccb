package app.runaway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;

/**
 * Exchanges a bearer token for a browser session: the token is checked by the same {@link AccessTokens} the JSON
 * API uses, and never kept; the session holds only the athlete. An operator token signs no browser in (the operator
 * owns no training data).
 */
@Service
public class BrowserSessions {
    /** The session cookie's name (server.servlet.session.cookie.name). */
    public static final String COOKIE = "RUNAWAY_SESSION";

    private final AccessTokens tokens;
    private final FailedAuthentications failures;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    BrowserSessions(AccessTokens tokens, FailedAuthentications failures) {
        this.tokens = tokens;
        this.failures = failures;
    }

    /** What a sign-in came to. */
    public sealed interface SignIn {
        /** The browser is signed in as this athlete. */
        record SignedIn(long athleteId) implements SignIn {
        }

        /** The token is no athlete's token in force. */
        record Refused() implements SignIn {
        }

        /**
         * The client's address has failed too often (the JSON API's limit, counted together with its bearer
         * failures): refused whatever the token, until the window ends.
         */
        record TooManyFailures(long retryAfterSeconds) implements SignIn {
        }
    }

    /**
     * Signs the browser in as the token's athlete. Any session it had is ended first, so a session id planted
     * before sign-in (session fixation) is worth nothing after it.
     *
     * A token that is not an athlete's token in force counts as a failed authentication of the client's address,
     * as a bearer token does: guessing tokens through the sign-in form is limited like guessing them on the API.
     */
    public SignIn signIn(String token, HttpServletRequest request, HttpServletResponse response) {
        var athlete = tokens.athleteOf(token == null ? "" : token.strip());
        if (athlete.isEmpty()) {
            return failures.refusal(request.getRemoteAddr())
                    .<SignIn>map(tally -> new SignIn.TooManyFailures(tally.retryAfterSeconds()))
                    .orElseGet(SignIn.Refused::new);
        }
        return signInAthlete(athlete.get(), request, response);
    }

    /**
     * Signs the browser in as an athlete another check already vouched for (Strava's callback, whose signed state
     * came back to the session that asked for it): ended and begun again like {@link #signIn}, against fixation.
     * Whatever the old session held is gone; the caller puts what the new one needs after this.
     */
    public SignIn.SignedIn signInAthlete(long athleteId, HttpServletRequest request, HttpServletResponse response) {
        var old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new CurrentAthlete(athleteId), null,
                List.of(new SimpleGrantedAuthority("ROLE_ATHLETE"))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return new SignIn.SignedIn(athleteId);
    }
}
