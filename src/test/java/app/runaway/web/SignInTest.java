package app.runaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A browser signs in with a token and gets a session cookie held in PostgreSQL; signing out ends the session. */
class SignInTest extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_token_becomes_a_session_in_the_database_and_signing_out_ends_it() throws Exception {
        var athlete = newAthlete("Sign-in runner");
        page.navigate("/");
        assertThat(page.url()).endsWith("/signin");

        page.getByLabel("Your token").fill("not-a-token");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("not an athlete's token");

        signIn(athlete.token());
        assertThat(page.locator("h1").textContent()).isEqualTo("Dashboard");
        assertThat(page.locator("header .who").textContent()).isEqualTo("Sign-in runner");
        var cookie = session();
        assertThat(cookie.httpOnly).isTrue();
        assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session")
                .query(Long.class).single()).isPositive();

        // the session cookie alone opens a page; a form posted without the CSRF token is refused
        assertThat(get("/", cookie.value).statusCode()).isEqualTo(200);
        assertThat(post("/signout", cookie.value).statusCode()).isEqualTo(403);

        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForURL("**/signin?signed-out");
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("signed out");
        // the old cookie is worth nothing now, on this node or any other (the session row is gone)
        var after = get("/", cookie.value);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/signin");
    }

    @Test
    void an_operator_token_signs_no_browser_in_and_the_api_keeps_bearer_tokens() {
        page.navigate("/signin");
        page.getByLabel("Your token").fill(adminToken());
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.url()).contains("/signin?error");
        var athlete = newAthlete("API runner");
        assertThat(api.get("/api/athlete", athlete.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/athlete", null).status()).isEqualTo(401);
    }

    @Test
    void the_api_documentation_opens_without_signing_in_and_every_operation_names_its_errors() {
        page.navigate("/swagger-ui.html");
        page.locator(".swagger-ui .info .title").waitFor();
        assertThat(page.locator(".swagger-ui .info .title").textContent()).contains("Runaway API");
        assertThat(page.locator(".opblock").count()).isGreaterThan(30);
        screenshot("api-docs");

        var docs = api.get("/v3/api-docs", null).body();
        var operations = 0;
        for (var path : docs.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                operations++;
                var responses = operation.getValue().get("responses");
                assertThat(responses.has("400") && responses.has("401") && responses.has("404"))
                        .as(operation.getKey() + " " + path.getKey()).isTrue();
                assertThat(responses.get("401").get("content").has("application/problem+json")).isTrue();
            }
        }
        assertThat(operations).isGreaterThan(30);
        assertThat(docs.get("paths").has("/api/my-data")).isTrue();
        assertThat(docs.get("paths").has("/settings")).as("web pages are not the API").isFalse();
    }

    private Cookie session() {
        return context.cookies().stream().filter(c -> c.name.equals("RUNAWAY_SESSION")).findFirst().orElseThrow();
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Cookie", "RUNAWAY_SESSION=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Cookie", "RUNAWAY_SESSION=" + session).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
