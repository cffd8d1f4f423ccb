package app.runaway.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's session without a browser: the sign-in form posted with its CSRF token, then the session cookie and
 * the CSRF token the pages carry, for tests that call the web app's pages over plain HTTP.
 *
 * @param cookie the {@code Cookie} header value ({@code RUNAWAY_SESSION=...})
 * @param csrf   the token an unsafe request sends as {@code X-CSRF-TOKEN}
 */
public record BrowserSession(String cookie, String csrf) {

    public static BrowserSession signIn(String base, String token) {
        try {
            var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            var form = http.send(HttpRequest.newBuilder(URI.create(base + "/signin")).build(),
                    HttpResponse.BodyHandlers.ofString());
            var anonymous = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            var formToken = between(form.body(), "name=\"_csrf\" value=\"");
            var signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
                    .header("Cookie", anonymous).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + encode(token) + "&_csrf=" + encode(formToken)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            var cookie = signedIn.headers().firstValue("Set-Cookie")
                    .orElseThrow(() -> new AssertionError("sign-in answered " + signedIn.statusCode())).split(";")[0];
            var page = http.send(HttpRequest.newBuilder(URI.create(base + "/settings")).header("Cookie", cookie)
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new BrowserSession(cookie, between(page.body(), "name=\"csrf-token\" content=\""));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String between(String page, String before) {
        var start = page.indexOf(before);
        if (start < 0) {
            throw new AssertionError("no CSRF token on the page");
        }
        start += before.length();
        return page.substring(start, page.indexOf('"', start));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
