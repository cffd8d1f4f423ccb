package app.runaway.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.Api;
import app.runaway.support.FakeStrava;
import app.runaway.support.FakeStravaHistory;
import app.runaway.support.McpClients;
import app.runaway.support.McpExpectations;
import app.runaway.support.PackagedJar;
import io.modelcontextprotocol.client.McpSyncClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MCP server's stdio mode as a desktop client runs it: {@code $(bin/java21) -jar target/runaway.jar --mcp-stdio}
 * with the athlete's token in {@code RUNAWAY_TOKEN}, spoken to by the MCP Java SDK's stdio client. The data is put in
 * through the same jar's HTTP API first (an export, and a sync from a fake Strava for a second athlete), read back
 * over HTTP, and the server stopped, since a home serves one process at a time. Then every tool over stdio gives
 * the HTTP API's numbers; Strava-API-only activities are withheld by default and shown when the operator allows
 * it ({@code RUNAWAY_SHARE_STRAVA_DATA=true}); stdout carries nothing but JSON-RPC; a missing or unknown token stops
 * the process at once with a clear message.
 */
@Tag("smoke")
class McpStdioSmokeTest {
    private static final Path EXPORT = Path.of("src/test/resources/fixtures/exports/carlarthur01-running-analyzer/"
            + "activities.csv");
    private static final int SYNCED = 6;
    private static final String STDERR = "stdio-stderr.log";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FakeStrava STRAVA = new FakeStrava(Duration.ofSeconds(2));

    private static Path home;
    private static Api.Athlete runner;
    private static Api.Athlete synced;
    private static McpExpectations expected;
    private static int syncedTotal;

    @BeforeAll
    static void putTheDataInOverHttp() throws Exception {
        home = Files.createTempDirectory("runaway-mcp-smoke-home-");
        var strava = Map.of("RUNAWAY_STRAVA_CLIENT_ID", FakeStrava.CLIENT_ID,
                "RUNAWAY_STRAVA_CLIENT_SECRET", FakeStrava.CLIENT_SECRET,
                "RUNAWAY_STRAVA_API_URL", STRAVA.apiUrl(), "RUNAWAY_STRAVA_OAUTH_URL", STRAVA.oauthUrl());
        try (var server = PackagedJar.start(home, strava)) {
            var api = new Api(server.base(), JSON);
            var admin = Files.readString(home.resolve("admin.token")).strip();
            runner = api.createAthlete(admin, "stdio runner");
            synced = api.createAthlete(admin, "stdio synced");
            for (var athlete : List.of(runner, synced)) {
                api.put("/api/athlete", athlete.token(), Map.of("timezone", "Europe/Stockholm", "max_heartrate", 190,
                        "resting_heartrate", 50));
                api.importAndWait(EXPORT, athlete.token());
            }
            var lastRun = McpExpectations.read(api, runner.token(), Set.of()).asOf();
            api.post("/api/goals", runner.token(), Map.of("goal", "half marathon under 1:55 on "
                    + lastRun.plusDays(70)));
            expected = McpExpectations.read(api, runner.token(), Set.of());
            connectStrava(api, synced);
            syncedTotal = api.allActivities(synced.token(), "").size();
        }
    }

    @AfterAll
    static void stopTheFake() {
        STRAVA.close();
    }

    @Test
    void every_tool_over_stdio_gives_the_numbers_of_the_http_api() {
        var client = stdio(runner, Map.of());
        try {
            assertThat(client.listTools().tools()).hasSize(McpExpectations.TOOLS.size());
            expected.check((tool, arguments) -> McpClients.call(client, tool, arguments));
        } finally {
            close(client);
        }
    }

    /**
     * Spoken to line by line, as the protocol is: every line on stdout is a JSON-RPC message (no log line, no
     * banner). The client here is under the default setting, so Strava-API-only activities are withheld.
     */
    @Test
    void stdout_carries_nothing_but_json_rpc_and_strava_api_activities_are_withheld_by_default() throws Exception {
        var process = start(Map.of("RUNAWAY_TOKEN", synced.token()));
        try (var in = process.outputWriter(StandardCharsets.UTF_8);
             var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            in.write("""
                    {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",\
                    "capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}
                    {"jsonrpc":"2.0","method":"notifications/initialized"}
                    {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"find_activities",\
                    "arguments":{"sport":"all","limit":20}}}
                    """);
            in.flush();
            var lines = new ArrayList<String>();
            for (var line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (JSON.readTree(line).path("id").asInt() == 2) {
                    break;
                }
            }
            assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(JSON.readTree(line).get("jsonrpc")
                    .asString()).isEqualTo("2.0"));
            var found = JSON.readTree(lines.get(1)).at("/result/structuredContent");
            assertThat(found.get("matching").asInt()).isEqualTo(syncedTotal - SYNCED);
            assertThat(found.at("/data/activities_withheld").asInt()).isEqualTo(SYNCED);
            assertThat(found.at("/data/withheld_because").asString()).contains("Strava's API");
        } finally {
            process.destroy();
            process.waitFor(120, TimeUnit.SECONDS);
        }
    }

    @Test
    void strava_api_activities_are_shown_when_the_operator_allows_it() {
        var client = stdio(synced, Map.of("RUNAWAY_SHARE_STRAVA_DATA", "true"));
        try {
            var found = McpClients.call(client, "find_activities", Map.of("sport", "all", "limit", 20));
            assertThat(found.get("matching").asInt()).isEqualTo(syncedTotal);
            assertThat(found.at("/data/activities_withheld").asInt()).isZero();
            assertThat(found.at("/data/last_strava_sync_at").asString()).isNotBlank();
        } finally {
            close(client);
        }
    }

    @Test
    void a_missing_or_unknown_token_stops_the_process_with_a_clear_message() throws Exception {
        var cases = Map.of("RUNAWAY_TOKEN is not set", Map.<String, String>of(),
                "RUNAWAY_TOKEN is not an athlete's token", Map.of("RUNAWAY_TOKEN", "no-such-token"));
        for (var refusal : cases.entrySet()) {
            var process = start(refusal.getValue());
            process.getOutputStream().close();
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
            var stderr = Files.readString(home.resolve(STDERR));
            assertThat(process.exitValue()).as(stderr).isEqualTo(2);
            assertThat(stderr.lines()).as(stderr).anySatisfy(line -> assertThat(line)
                    .startsWith("runaway --mcp-stdio: ").contains(refusal.getKey()));
            assertThat(process.getInputStream().readAllBytes()).as("nothing on stdout").isEmpty();
        }
    }

    private static McpSyncClient stdio(Api.Athlete athlete, Map<String, String> settings) {
        var env = new java.util.HashMap<>(settings);
        env.put("RUNAWAY_TOKEN", athlete.token());
        var log = Collections.synchronizedList(new ArrayList<String>());
        try {
            return McpClients.stdio(PackagedJar.java21(), PackagedJar.JAR.toString(),
                    PackagedJar.environment(home, env), log::add);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            throw new AssertionError("stdio server did not start:\n" + String.join("\n", log), e);
        }
    }

    /**
     * Closes the client, which ends the server's stdin, and waits until the server process is gone: the home's
     * database serves one process at a time.
     */
    private static void close(McpSyncClient client) {
        client.closeGracefully();
        ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains("--mcp-stdio"))
                .forEach(p -> p.onExit().orTimeout(120, TimeUnit.SECONDS).join());
    }

    /** A stdio server started by hand; its log (stderr) goes to {@link #STDERR}, which a full pipe cannot block. */
    private static Process start(Map<String, String> settings) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(PackagedJar.java21(), PackagedJar.HEAP, "-jar", PackagedJar.JAR.toString(), "--mcp-stdio")
                .redirectError(home.resolve(STDERR).toFile());
        builder.environment().clear();
        builder.environment().putAll(PackagedJar.environment(home, settings));
        return builder.start();
    }

    /** The athlete connects a fake Strava athlete as a browser would, and its full sync brings activities. */
    private static void connectStrava(Api api, Api.Athlete athlete) {
        var stravaAthlete = STRAVA.newAthlete("Synced", "Runner");
        FakeStravaHistory.of(77_000_000_000L, SYNCED, Instant.parse("2026-11-20T06:30:00Z"))
                .forEach(stravaAthlete::add);
        var authorize = api.post("/api/oauth/authorize", athlete.token(), Map.of());
        assertThat(authorize.status()).as("%s", authorize.body()).isEqualTo(200);
        var state = query(authorize.body().get("authorize_url").asString()).get("state");
        var callback = api.get("/api/oauth/callback?code=" + STRAVA.approve(stravaAthlete) + "&state="
                + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8) + "&scope=read,activity:read_all", null);
        assertThat(callback.status()).as("%s", callback.body()).isEqualTo(200);
        var job = api.waitForJob(callback.body().at("/sync/job_id").asString(), athlete.token());
        assertThat(job.get("status").asString()).as("%s", job).isEqualTo("succeeded");
    }

    private static Map<String, String> query(String url) {
        var parameters = new java.util.HashMap<String, String>();
        for (var pair : URI.create(url).getRawQuery().split("&")) {
            var split = pair.split("=", 2);
            parameters.put(split[0], URLDecoder.decode(split[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
