package app.runaway.chat;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.RunawayApplication;
import app.runaway.support.Api;
import app.runaway.support.FakeAnthropicApi;
import app.runaway.support.FakeAnthropicApi.Received;
import app.runaway.support.FakeAnthropicApi.Reply;
import app.runaway.support.TestHomes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service with Claude as its model, on its own home and PostgreSQL, Anthropic's Messages API faked on loopback
 * by a scripted model that calls the tools and words its answer from the results it is sent; two athletes hold the
 * fixture export. Expected answers are computed from the export's CSV.
 */
@SpringBootTest(classes = RunawayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=WARN", "runaway.llm.provider=anthropic",
                "runaway.llm.api-key=" + FakeAnthropicApi.KEY, "runaway.llm.timeout=2s", "runaway.chat.timeout=2s",
                "runaway.search.embedding=false"})
abstract class LlmChatIntegration {
    static final Path HOME = TestHomes.fresh("llm-chat");
    /** One for every class on this context, open as long as the context may be (the JVM's life). */
    static final FakeAnthropicApi ANTHROPIC = fake();
    private static final DateTimeFormatter EXPORT = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US);
    static final double TEN_MILES = 16_093.44;

    static List<Row> rows;
    static Api.Athlete runner;
    static Api.Athlete other;

    record Row(long stravaId, LocalDateTime start, String type, double metres) {
    }

    @LocalServerPort
    private int port;
    @Autowired
    JsonMapper json;
    Api api;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("runaway.home", HOME::toString);
        registry.add("runaway.llm.base-url", ANTHROPIC::baseUrl);
    }

    @BeforeEach
    void importOnce() throws IOException {
        api = new Api("http://127.0.0.1:" + port, json);
        if (runner != null) {
            return;
        }
        var csv = Path.of("src/test/resources/fixtures/exports/carlarthur01-running-analyzer/activities.csv");
        try (var reader = Files.newBufferedReader(csv)) {
            var records = CSVFormat.RFC4180.parse(reader).getRecords();
            rows = records.subList(1, records.size()).stream().map(r -> new Row(Long.parseLong(r.get(0)),
                    LocalDateTime.parse(r.get(1), EXPORT), r.get(3), Double.parseDouble(r.get(17).isEmpty() ? "0"
                    : r.get(17)))).toList();
        }
        var admin = TestHomes.token(HOME, "admin.token");
        runner = api.createAthlete(admin, "Claude's Runner");
        other = api.createAthlete(admin, "Someone Else");
        api.importAndWait(csv, runner.token());
        api.importAndWait(csv, other.token());
    }

    JsonNode ask(Api.Athlete athlete, String question) {
        var reply = api.post("/api/chat", athlete.token(), Map.of("message", question));
        assertThat(reply.status()).as(question).isEqualTo(200);
        return reply.body();
    }

    List<Received> requestsDuring(Runnable action) {
        var before = ANTHROPIC.received().size();
        action.run();
        var all = ANTHROPIC.received();
        return all.subList(before, all.size());
    }

    /** The coach's narrator shares the model; it asks without tools, and gets an error, so its rules' text stays. */
    static void script(Function<Received, Reply> chat) {
        ANTHROPIC.answering(request -> request.toolNames().isEmpty() ? new Reply.Failure(500, "api_error")
                : chat.apply(request));
    }

    Map<String, Object> read(String toolResult) {
        @SuppressWarnings("unchecked")
        var map = (Map<String, Object>) json.readValue(toolResult, Map.class);
        return map;
    }

    Set<Long> activityIds(Api.Athlete athlete) {
        return api.allActivities(athlete.token(), "").stream().map(a -> a.get("id").asLong())
                .collect(Collectors.toSet());
    }

    static String adminToken() {
        try {
            return Files.readString(HOME.resolve("admin.token")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FakeAnthropicApi fake() {
        try {
            return new FakeAnthropicApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
