package app.runaway.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The browser's chain, beside the JSON API's bearer chain ({@link SecurityConfiguration}, which it leaves as it is):
 * the web app's pages sign in once with a token, which {@link BrowserSessions} exchanges for a session cookie; the
 * session (in PostgreSQL through Spring Session JDBC) carries the athlete. Every unsafe request needs the CSRF token
 * (forms carry it as a hidden field, htmx sends it as a header). Only the paths below are the browser's; everything
 * else stays with the bearer chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class BrowserSecurityConfiguration {
    /** The web app's pages and assets, and the API's documentation. */
    static final String[] BROWSER_PATHS = {"/", "/signin", "/signin/strava", "/signout", "/activities",
            "/activities/**", "/coach", "/coach/**", "/chat", "/chat/**", "/import", "/import/**", "/settings",
            "/settings/**", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/swagger-ui.html",
            "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**"};
    /** What a browser without a session may open: signing in (with a token, or through Strava) and the assets. */
    private static final String[] OPEN_PATHS = {"/signin", "/signin/strava", "/css/**", "/js/**", "/img/**",
            "/webjars/**", "/favicon.ico", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**"};

    /**
     * Scripts, styles, images and connections from this origin only: no page can load anything from elsewhere, and
     * no inline script or style element runs (charts' data travel as JSON, never as script). Swagger UI works
     * under it too (its icons are data: images).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain browserFilterChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(BROWSER_PATHS)
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.securityContextRepository(
                        new HttpSessionSecurityContextRepository()))
                .logout(logout -> logout
                        .logoutUrl("/signout")
                        .logoutSuccessUrl("/signin?signed-out")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .deleteCookies(BrowserSessions.COOKIE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN_PATHS).permitAll()
                        .anyRequest().hasRole("ATHLETE"))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            // htmx follows HX-Redirect with a full page load; a plain redirect would land the
                            // sign-in page inside the panel being refreshed
                            if ("true".equals(request.getHeader("HX-Request"))) {
                                response.setHeader("HX-Redirect", "/signin");
                                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                            } else {
                                new LoginUrlAuthenticationEntryPoint("/signin").commence(request, response, e);
                            }
                        })
                        .accessDeniedHandler((request, response, e) -> response.sendError(
                                HttpServletResponse.SC_FORBIDDEN, e instanceof CsrfException
                                        ? "the form is out of date (its CSRF token is missing or old): reload the page"
                                        : "this page is for athletes; sign in with an athlete's token")))
                .build();
    }
}
