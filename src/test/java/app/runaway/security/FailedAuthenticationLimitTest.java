package app.runaway.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.Api;
import app.runaway.support.IntegrationTest;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed authentications are limited per client address (20 a minute by default): the 21st unknown token from an
 * address answers 429 with Retry-After until its window ends; valid tokens and other addresses are not affected.
 * Each test calls from an address of its own in 127.0.0.0/8, so the rest of the suite (on 127.0.0.1) is untouched.
 */
class FailedAuthenticationLimitTest extends IntegrationTest {
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private SecuritySettings settings;

    @Test
    void an_address_past_the_limit_is_refused_with_retry_after_until_its_window_ends() throws Exception {
        var guesser = api.from(InetAddress.getByName("127.0.0.2"));
        var limit = settings.failedAuthLimit();

        for (var i = 0; i < limit; i++) {
            assertThat(guesser.get("/api/athlete", "guess-" + i).status()).as("guess %d", i).isEqualTo(401);
        }
        var refused = guesser.get("/api/athlete", "guess-" + limit);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("status").asInt()).isEqualTo(429);
        var retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, settings.failedAuthWindow().toSeconds());
        assertThat(refused.body().get("detail").asString()).doesNotContain("guess-");

        var stranger = api.from(InetAddress.getByName("127.0.0.3"));
        assertThat(stranger.get("/api/athlete", "another-guess").status()).as("another address").isEqualTo(401);

        // the window ends (moved back here rather than waited for)
        jdbc.sql("UPDATE auth_failures SET window_start = window_start - interval '1 hour' WHERE client_address = ?")
                .param("127.0.0.2").update();
        assertThat(guesser.get("/api/athlete", "after-the-window").status()).isEqualTo(401);
    }

    @Test
    void a_valid_token_is_never_slowed_by_its_addresses_failures() throws Exception {
        var client = api.from(InetAddress.getByName("127.0.0.4"));
        var athlete = newAthlete("Shares an address with a guesser");
        for (var i = 0; i <= settings.failedAuthLimit(); i++) {
            client.get("/api/athlete", "guess-" + i);
        }
        assertThat(client.get("/api/athlete", "one-more").status()).isEqualTo(429);

        Api.Response answer = client.get("/api/athlete", athlete.token());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(client.get("/api/athlete", null).status()).as("no token is no failed guess").isEqualTo(401);
    }

    @Test
    void the_browser_sign_in_form_counts_with_the_bearer_failures_and_refuses_past_the_limit() throws Exception {
        var address = InetAddress.getByName("127.0.0.5");
        var browser = HttpClient.newBuilder().localAddress(address)
                .cookieHandler(new CookieManager()).build();
        var limit = settings.failedAuthLimit();
        var guesser = api.from(address);
        for (var i = 0; i < limit - 1; i++) {
            guesser.get("/api/athlete", "guess-" + i);
        }

        var last = signIn(browser, "form-guess-1");
        assertThat(last.statusCode()).as("the limit's last failure").isEqualTo(302);
        assertThat(last.headers().firstValue("Location").orElseThrow()).endsWith("/signin?error");
        var refused = signIn(browser, "form-guess-2");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, settings.failedAuthWindow().toSeconds());
        assertThat(refused.body()).contains("Too many tokens").doesNotContain("form-guess");
        var athlete = newAthlete("Signs in from a guesser's address");
        assertThat(signIn(browser, athlete.token()).statusCode()).as("a valid token still signs in").isEqualTo(302);
    }

    /** The sign-in form posted as a browser does: the page first, for its session and CSRF token. */
    private HttpResponse<String> signIn(HttpClient browser, String token)
            throws Exception {
        var page = browser.send(HttpRequest.newBuilder(URI.create(api.base() + "/signin"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the form's CSRF token").isTrue();
        var form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
                + "&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create(api.base() + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
