package app.runaway.analysis;

import app.runaway.coach.CoachReport;
import app.runaway.coach.CoachRequest;
import app.runaway.coach.Narrator;
import app.runaway.platform.ServiceUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coach started in coach role, called over HTTP with the service token. It receives the activities in the
 * request: it reads no database of its own.
 */
final class RemoteCoach implements CoachEngine {
    private static final Logger log = LoggerFactory.getLogger(RemoteCoach.class);
    static final String ANALYZE_PATH = "/internal/coach/analyze";
    /** Whether the coach service may have an LLM word the report; absent means yes (older callers). */
    static final String NARRATE_HEADER = "X-Runaway-Narrate";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI analyze;
    private final String token;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    RemoteCoach(String baseUrl, String token, JsonMapper json) {
        this.analyze = URI.create(baseUrl.replaceAll("/+$", "") + ANALYZE_PATH);
        this.token = token;
        this.json = json;
    }

    @Override
    public CoachReport analyze(CoachRequest request, Narrator narrator) {
        var narrated = narrator != Narrator.NONE;
        try {
            var response = http.send(HttpRequest.newBuilder(analyze).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token)
                    .header(NARRATE_HEADER, Boolean.toString(narrated))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn("The coach service answered {}", response.statusCode());
                throw new ServiceUnavailableException("the coach service is not answering properly; try again later");
            }
            return json.readValue(response.body(), CoachReport.class);
        } catch (IOException | JacksonException e) {
            log.warn("The coach service cannot be reached: {}", e.getClass().getSimpleName());
            throw new ServiceUnavailableException("the coach service cannot be reached; try again later");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("interrupted while waiting for the coach service");
        }
    }
}
