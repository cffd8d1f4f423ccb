package app.runaway.security;

import app.runaway.platform.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns `Authorization: Bearer <token>` into the athlete (or operator) the request acts for. A bearer token that is
 * not in force counts as a failed authentication of the client's address; past the limit the address is answered
 * 429 with `Retry-After` until its window ends. A valid token costs no extra query and is never refused by the
 * limit, so a client behind the same address as a guesser keeps working.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    private static final String PREFIX = "Bearer ";

    private final AccessTokens tokens;
    private final FailedAuthentications failures;
    private final JsonMapper json;

    BearerTokenFilter(AccessTokens tokens, FailedAuthentications failures, JsonMapper json) {
        this.tokens = tokens;
        this.failures = failures;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            var token = header.substring(PREFIX.length()).trim();
            if (!token.isEmpty()) {
                var holder = tokens.lookup(token);
                if (holder.isPresent()) {
                    authenticate(request, holder.get());
                } else {
                    var refusal = failures.refusal(request.getRemoteAddr());
                    if (refusal.isPresent()) {
                        refuse(response, refusal.get());
                        return;
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static void authenticate(HttpServletRequest request, AccessTokens.Holder holder) {
        var authentication = holder.operator()
                ? new UsernamePasswordAuthenticationToken(new Operator(), null,
                        List.of(new SimpleGrantedAuthority("ROLE_OPERATOR")))
                : new UsernamePasswordAuthenticationToken(new CurrentAthlete(holder.athleteId()), null,
                        List.of(new SimpleGrantedAuthority("ROLE_ATHLETE")));
        // which token this is, so that a token list can mark the one in use
        authentication.setDetails(new TokenInUse(holder.tokenId()));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    /** 429 with the seconds until the address's window ends (rounded up, at least 1), as a problem detail. */
    private void refuse(HttpServletResponse response, FailedAuthentications.Tally tally) throws IOException {
        var seconds = tally.retryAfterSeconds();
        var problem = ProblemResponses.problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed authentications",
                "too many requests with an unknown or revoked token came from this address; try again in "
                        + seconds + " s");
        problem.setProperty("retry_after_s", seconds);
        response.setHeader("Retry-After", String.valueOf(seconds));
        ProblemResponses.write(json, response, problem);
    }

    /** The operator's principal: may administer athletes and tokens, owns no training data. */
    record Operator() {
    }

    /** The id of the token a request came with. */
    record TokenInUse(long tokenId) {
    }
}
