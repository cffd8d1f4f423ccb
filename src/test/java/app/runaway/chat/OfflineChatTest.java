package app.runaway.chat;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.Api;
import app.runaway.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Questions over the real Strava export, answered offline, checked against answers computed here from the CSV by
 * column position (the UTC athlete's local dates are the export's UTC dates).
 */
class OfflineChatTest extends IntegrationTest {
    private static final DateTimeFormatter EXPORT = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US);
    private static List<Row> rows;
    private static Api.Athlete athlete;

    record Row(long id, LocalDateTime start, String type, double metres, double movingS) {
    }

    @BeforeEach
    void importOnce() throws IOException {
        if (athlete != null) {
            return;
        }
        var csv = FIXTURES.resolve("exports/carlarthur01-running-analyzer/activities.csv");
        try (var reader = Files.newBufferedReader(csv)) {
            var records = CSVFormat.RFC4180.parse(reader).getRecords();
            rows = records.subList(1, records.size()).stream().map(r -> new Row(Long.parseLong(r.get(0)),
                    LocalDateTime.parse(r.get(1), EXPORT), r.get(3), Double.parseDouble(r.get(17).isEmpty() ? "0"
                    : r.get(17)), Double.parseDouble(r.get(16).isEmpty() ? "0" : r.get(16)))).toList();
        }
        athlete = newAthlete("Chatty Carl");
        api.importAndWait(csv, athlete.token());
    }

    private JsonNode ask(String question) {
        var reply = api.post("/api/chat", athlete.token(), Map.of("message", question));
        assertThat(reply.status()).as(question).isEqualTo(200);
        assertThat(reply.body().get("mode").asString()).isEqualTo("offline");
        return reply.body();
    }

    private static List<Row> runs(Predicate<Row> filter) {
        return rows.stream().filter(r -> r.type().equals("Run")).filter(filter).toList();
    }

    private static long citedStravaId(JsonNode reply) {
        return reply.at("/sources/0/strava_id").asLong();
    }

    /**
     * The export ends in 2023: "the spring" without a year would be spring of this year, which the history cannot
     * hold, so the answer asks which year, naming the latest spring the history holds; an empty answer cites the last
     * run it names.
     */
    @Test
    void a_history_that_ended_long_ago_is_asked_which_year_and_an_empty_answer_cites_the_last_run() {
        var last = runs(r -> true).stream().max(Comparator.comparing(Row::start)).orElseThrow();
        var lastSpring = last.start().getMonthValue() >= 3 ? last.start().getYear() : last.start().getYear() - 1;

        var spring = ask("how many runs did i do in the spring");
        assertThat(spring.at("/context/question_family").asString()).isEqualTo("unclear");
        assertThat(spring.get("answer").asString()).contains("Say which year you mean (\"spring " + lastSpring
                + "\")");

        var thisMonth = ask("how many runs this month");
        assertThat(thisMonth.get("answer").asString()).startsWith("You have no runs this month");
        assertThat(citedStravaId(thisMonth)).isEqualTo(last.id());
    }

    @Test
    void the_longest_run_is_named_and_cited() {
        var expected = runs(r -> true).stream().max(Comparator.comparingDouble(Row::metres)).orElseThrow();

        var reply = ask("What was my longest run?");

        assertThat(citedStravaId(reply)).isEqualTo(expected.id());
        assertThat(reply.get("answer").asString()).contains(String.format(Locale.ROOT, "%.2f km",
                expected.metres() / 1000));
    }

    @Test
    void the_last_run_over_a_distance_in_km_or_miles() {
        for (var question : Map.of("When did I last run over 10 km?", 10_000.0,
                "When did I last run over 5 miles?", 5 * 1609.344,
                "last run longer than 12k", 12_000.0).entrySet()) {
            var expected = runs(r -> r.metres() >= question.getValue()).stream()
                    .max(Comparator.comparing(Row::start)).orElseThrow();

            var reply = ask(question.getKey());

            assertThat(citedStravaId(reply)).as(question.getKey()).isEqualTo(expected.id());
            assertThat(reply.get("answer").asString()).contains(String.valueOf(expected.start().getYear()));
        }
    }

    @Test
    void the_first_and_the_latest_run() {
        var first = runs(r -> true).stream().min(Comparator.comparing(Row::start)).orElseThrow();
        var last = runs(r -> true).stream().max(Comparator.comparing(Row::start)).orElseThrow();

        assertThat(citedStravaId(ask("When was my first run?"))).isEqualTo(first.id());
        assertThat(citedStravaId(ask("When was my last run?"))).isEqualTo(last.id());
    }

    @Test
    void counts_and_totals_over_named_years() {
        var in2025 = runs(r -> r.start().getYear() == 2025);
        var in2024 = runs(r -> r.start().getYear() == 2024);

        var count = ask("How many runs did I do in 2025?");
        var total = ask("How far did I run in 2024?");
        var all = ask("How many activities in 2025?");

        assertThat(count.get("answer").asString()).contains(in2025.size() + " runs in 2025");
        assertThat(count.at("/context/result/count").asInt()).isEqualTo(in2025.size());
        assertThat(count.get("verified").asBoolean()).isTrue();
        assertThat(total.get("answer").asString()).contains(String.format(Locale.ROOT, "%.2f km",
                in2024.stream().mapToDouble(Row::metres).sum() / 1000));
        assertThat(all.at("/context/result/count").asLong())
                .isEqualTo(rows.stream().filter(r -> r.start().getYear() == 2025).count());
    }

    @Test
    void two_years_compared() {
        var km2025 = runs(r -> r.start().getYear() == 2025).stream().mapToDouble(Row::metres).sum() / 1000;
        var km2024 = runs(r -> r.start().getYear() == 2024).stream().mapToDouble(Row::metres).sum() / 1000;

        var reply = ask("How many km in 2025 compared to 2024?");

        assertThat(reply.get("answer").asString()).contains(String.format(Locale.US, "%,.2f km", km2025),
                String.format(Locale.US, "%,.2f km", km2024), "2025 had", km2025 > km2024 ? "more" : "less");
    }

    @Test
    void the_longest_run_of_a_year_and_the_fastest_5k() {
        var longest2024 = runs(r -> r.start().getYear() == 2024).stream()
                .max(Comparator.comparingDouble(Row::metres)).orElseThrow();
        var fastest5k = runs(r -> r.metres() >= 5000 * 0.99 && r.movingS() > 0).stream()
                .min(Comparator.comparingDouble((Row r) -> r.movingS() / r.metres())).orElseThrow();

        assertThat(citedStravaId(ask("What was my longest run in 2024?"))).isEqualTo(longest2024.id());
        assertThat(citedStravaId(ask("What is my fastest 5k?"))).isEqualTo(fastest5k.id());
    }

    @Test
    void personal_records_cite_the_fastest_run_at_each_distance() {
        var reply = ask("What are my personal records?");

        var expected = new java.util.ArrayList<Long>();
        for (var metres : List.of(5_000.0, 10_000.0, 21_097.5, 42_195.0)) {
            runs(r -> r.metres() >= metres * 0.99 && r.movingS() > 0).stream()
                    .min(Comparator.comparingDouble((Row r) -> r.movingS() / r.metres()))
                    .filter(r -> !expected.contains(r.id())).ifPresent(r -> expected.add(r.id()));
        }
        assertThat(reply.get("sources")).extracting(s -> s.get("strava_id").asLong())
                .containsExactlyElementsOf(expected);
        assertThat(reply.get("answer").asString()).startsWith("Your records");
    }

    @Test
    void how_am_i_doing_asks_the_coach_and_an_unknown_question_says_what_it_can_answer() {
        var doing = ask("How am I doing?");
        var unknown = ask("What is the meaning of life?");

        assertThat(doing.at("/context/question_family").asString()).isEqualTo("coach");
        assertThat(doing.get("answer").asString()).isNotBlank();
        assertThat(unknown.at("/context/question_family").asString()).isEqualTo("unclear");
        assertThat(unknown.get("answer").asString()).contains("\"meaning life\"", "I answer exactly");
        assertThat(unknown.get("verified").asBoolean()).isFalse();
        assertThat(unknown.get("sources")).isEmpty();
    }

    @Test
    void a_conversation_keeps_its_messages_and_the_history_is_the_athletes_own() {
        var first = ask("When was my last run?");
        var conversation = first.get("conversation_id").asString();
        var second = api.post("/api/chat", athlete.token(), Map.of("message", "What was my longest run?",
                "conversation_id", conversation)).body();
        var other = newAthlete("Not Carl");

        assertThat(second.get("conversation_id").asString()).isEqualTo(conversation);
        assertThat(api.get("/api/chat/conversations/" + conversation, athlete.token()).body().get("messages"))
                .hasSize(4);
        assertThat(api.get("/api/chat/history/" + athlete.id(), athlete.token()).body().get("messages").size())
                .isGreaterThanOrEqualTo(4);
        assertThat(api.get("/api/chat/history/" + athlete.id(), other.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/chat/conversations/" + conversation, other.token()).status()).isEqualTo(404);
        assertThat(api.post("/api/chat", other.token(), Map.of("message", "hi", "conversation_id", conversation))
                .status()).isEqualTo(404);
        assertThat(api.post("/api/chat", athlete.token(), Map.of("message", "hi", "athlete_id", other.id()))
                .status()).isEqualTo(403);
        assertThat(api.post("/api/chat", athlete.token(), Map.of("message", " ")).status()).isEqualTo(400);
    }

    @Test
    void the_same_question_on_unchanged_data_comes_from_the_cache_until_the_data_changes() {
        var reader = newAthlete("Cache reader");
        var csv = "Activity ID,Activity Date,Activity Type,Elapsed Time,Distance\n"
                + "1,\"Aug 15, 2022, 3:09:27 PM\",Run,1500,5.00\n";
        api.importAndWait("activities.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), reader.token());

        var first = api.post("/api/chat", reader.token(), Map.of("message", "How many runs in 2022?")).body();
        var again = api.post("/api/chat", reader.token(), Map.of("message", "how many runs  in 2022?")).body();
        api.importAndWait("activities.csv", (csv + "2,\"Aug 16, 2022, 3:09:27 PM\",Run,1500,5.00\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), reader.token());
        var changed = api.post("/api/chat", reader.token(), Map.of("message", "How many runs in 2022?")).body();

        assertThat(first.at("/context/cached").asBoolean()).isFalse();
        assertThat(again.at("/context/cached").asBoolean()).isTrue();
        assertThat(again.get("answer").asString()).isEqualTo(first.get("answer").asString());
        assertThat(changed.at("/context/cached").asBoolean()).isFalse();
        assertThat(changed.at("/context/result/count").asInt()).isEqualTo(2);
        var usage = api.get("/api/chat/usage", reader.token()).body().get("days");
        assertThat(usage.get(usage.size() - 1).get("answers").asInt()).isEqualTo(3);
        assertThat(usage.get(usage.size() - 1).get("llm_answers").asInt()).isZero();
    }

    @Test
    void another_athletes_activities_never_appear_in_sources() {
        var other = newAthlete("Empty");

        var reply = api.post("/api/chat", other.token(), Map.of("message", "What was my longest run?")).body();

        assertThat(reply.get("sources")).isEmpty();
        assertThat(reply.get("answer").asString()).startsWith("You have no runs");
    }
}
