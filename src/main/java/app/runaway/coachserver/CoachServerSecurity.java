package app.runaway.coachserver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/** Only the main service, holding the shared token, may ask the coach; health is open. */
@Configuration(proxyBeanMethods = false)
class CoachServerSecurity {

    @Bean
    SecurityFilterChain coachFilterChain(HttpSecurity http, @Value("${runaway.coach.token:}") String token)
            throws Exception {
        if (token.length() < 24) {
            throw new IllegalStateException("coach role needs RUNAWAY_COACH_TOKEN (runaway.coach.token), a secret of "
                    + "at least 24 characters shared with the main service");
        }
        var expected = token.getBytes(StandardCharsets.UTF_8);
        return http
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws java.io.IOException,
                            jakarta.servlet.ServletException {
                        var header = request.getHeader("Authorization");
                        if (header != null && header.startsWith("Bearer ") && MessageDigest.isEqual(expected,
                                header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
                            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                                    "main-service", null, List.of(new SimpleGrantedAuthority("ROLE_SERVICE"))));
                        }
                        chain.doFilter(request, response);
                    }
                }, AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/health", "/error").permitAll()
                        .anyRequest().hasRole("SERVICE"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                        unauthorized(response)))
                .build();
    }

    /** There are no passwords: without this, Spring would invent a user and log its password. */
    @Bean
    UserDetailsService noPasswordUsers() {
        return username -> {
            throw new UsernameNotFoundException("the coach authenticates the service token only");
        };
    }

    private static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(401);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"the coach answers the main service only (service token required)\"}");
    }
}
