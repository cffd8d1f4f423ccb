package app.runaway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns `Authorization: Bearer <token>` into the athlete (or operator) the request acts for. */
final class BearerTokenFilter extends OncePerRequestFilter {
    private static final String PREFIX = "Bearer ";

    private final AccessTokens tokens;

    BearerTokenFilter(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            var token = header.substring(PREFIX.length()).trim();
            if (!token.isEmpty() && token.length() <= 256) {
                tokens.lookup(token).ifPresent(holder -> {
                    var authentication = holder.operator()
                            ? new UsernamePasswordAuthenticationToken(new Operator(), null,
                                    List.of(new SimpleGrantedAuthority("ROLE_OPERATOR")))
                            : new UsernamePasswordAuthenticationToken(new CurrentAthlete(holder.athleteId()), null,
                                    List.of(new SimpleGrantedAuthority("ROLE_ATHLETE")));
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                });
            }
        }
        chain.doFilter(request, response);
    }

    /** The operator's principal: may administer athletes, owns no training data. */
    record Operator() {
    }
}
