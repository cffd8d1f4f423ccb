package app.runaway.security;

import app.runaway.platform.ProblemResponses;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stateless bearer-token security: every athlete-scoped endpoint needs a token (the MCP server's {@code /mcp} too);
 * failures are problem details. Without a web server (the MCP server's stdio mode) there is nothing to secure here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessTokens tokens, FailedAuthentications failures,
                                            JsonMapper json) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens, failures, json), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // an async dispatch finishes a request already authorized (an MCP event stream)
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/health", "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        // Strava calls these (the webhook) or sends the browser here (the callback, whose signed
                        // state names the athlete); authorize checks the token itself, as sign-up may go without
                        .requestMatchers("/api/webhooks/strava", "/api/oauth/callback", "/api/oauth/authorize")
                        .permitAll()
                        .requestMatchers("/api/admin/**").hasRole("OPERATOR")
                        .requestMatchers("/api/tokens", "/api/tokens/**").hasAnyRole("ATHLETE", "OPERATOR")
                        .anyRequest().hasRole("ATHLETE"))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> writeProblem(json, response,
                                HttpStatus.UNAUTHORIZED, "Unauthorized",
                                "a valid 'Authorization: Bearer <token>' header is required"))
                        .accessDeniedHandler((request, response, e) -> writeProblem(json, response,
                                HttpStatus.FORBIDDEN, "Forbidden", "this token may not use this endpoint")))
                .build();
    }

    /** There are no passwords: without this, Spring would invent a user and log its password. */
    @Bean
    UserDetailsService noPasswordUsers() {
        return username -> {
            throw new UsernameNotFoundException("Runaway authenticates bearer tokens only");
        };
    }

    private static void writeProblem(JsonMapper json, HttpServletResponse response, HttpStatus status, String title,
                                     String detail) throws IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        ProblemResponses.write(json, response, ProblemResponses.problem(status, title, detail));
    }
}
