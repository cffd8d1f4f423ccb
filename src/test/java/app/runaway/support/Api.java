package app.runaway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small client of Runaway's HTTP API, as an app would call it. */
public final class Api {
    private final String base;
    private final JsonMapper json;
    private final HttpClient http;

    public Api(String base, JsonMapper json) {
        this(base, json, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    private Api(String base, JsonMapper json, HttpClient http) {
        this.base = base;
        this.json = json;
        this.http = http;
    }

    /**
     * The same API called from another loopback address (127.0.0.2, ...): the server sees another client address,
     * as it would another machine.
     */
    public Api from(java.net.InetAddress clientAddress) {
        return new Api(base, json, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .localAddress(clientAddress).build());
    }

    public String base() {
        return base;
    }

    /** A status code, the content type, the body parsed as JSON (null when empty) and the headers. */
    public record Response(int status, String contentType, JsonNode body, java.net.http.HttpHeaders headers) {
        public Response(int status, String contentType, JsonNode body) {
            this(status, contentType, body, java.net.http.HttpHeaders.of(Map.of(), (name, value) -> true));
        }
    }

    public record Athlete(long id, String token) {
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Response send(String method, String path, String token) {
        return send(request(path, token).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    public Response put(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    public Response post(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    public Response upload(String fileName, byte[] content, String token) {
        var boundary = "runaway-" + UUID.randomUUID();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request("/api/imports", token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Response upload(Path file, String token) {
        try {
            return upload(file.getFileName().toString(), Files.readAllBytes(file), token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads and waits for the import job to end; returns the finished job. */
    public JsonNode importAndWait(String fileName, byte[] content, String token) {
        var accepted = upload(fileName, content, token);
        if (accepted.status() != 202) {
            throw new AssertionError("upload of " + fileName + " answered " + accepted.status() + ": " + accepted.body());
        }
        return waitForJob(accepted.body().get("job_id").asString(), token);
    }

    public JsonNode importAndWait(Path file, String token) {
        try {
            return importAndWait(file.getFileName().toString(), Files.readAllBytes(file), token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode waitForJob(String jobId, String token) {
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var job = get("/api/jobs/" + jobId, token);
            var status = job.body().get("status").asString();
            if (status.equals("succeeded") || status.equals("failed")) {
                return job.body();
            }
            sleep(20);
        }
        throw new AssertionError("job " + jobId + " did not end within 60 s");
    }

    /** Every activity of the athlete, following next_cursor through all pages. */
    public List<JsonNode> allActivities(String token, String query) {
        var all = new ArrayList<JsonNode>();
        String cursor = null;
        do {
            var path = "/api/activities?limit=200" + (query.isEmpty() ? "" : "&" + query)
                    + (cursor == null ? "" : "&cursor=" + cursor);
            var page = get(path, token);
            if (page.status() != 200) {
                throw new AssertionError(path + " answered " + page.status() + ": " + page.body());
            }
            page.body().get("activities").forEach(all::add);
            var next = page.body().get("next_cursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return all;
    }

    public Athlete createAthlete(String adminToken, String name) {
        var created = post("/api/admin/athletes", adminToken, Map.of("name", name));
        if (created.status() != 201) {
            throw new AssertionError("creating an athlete answered " + created.status() + ": " + created.body());
        }
        return new Athlete(created.body().get("id").asLong(), created.body().get("token").asString());
    }

    private HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            var text = response.body();
            var body = text == null || text.isBlank() ? null : json.readTree(text);
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body,
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
