package app.runaway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.OptionalLong;
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
    private static final int LONGEST_TOKEN = 256;

    private final AccessTokens tokens;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    BrowserSessions(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Signs the browser in as the token's athlete. Any session it had is ended first, so a session id planted
     * before sign-in (session fixation) is worth nothing after it.
     *
     * @return the athlete, or empty when the token is not an athlete's
     */
    public OptionalLong signIn(String token, HttpServletRequest request, HttpServletResponse response) {
        var text = token == null ? "" : token.strip();
        if (text.isEmpty() || text.length() > LONGEST_TOKEN) {
            return OptionalLong.empty();
        }
        var athlete = tokens.athleteOf(text);
        if (athlete.isEmpty()) {
            return OptionalLong.empty();
        }
        var old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new CurrentAthlete(athlete.get()), null,
                List.of(new SimpleGrantedAuthority("ROLE_ATHLETE"))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return OptionalLong.of(athlete.get());
    }
}
