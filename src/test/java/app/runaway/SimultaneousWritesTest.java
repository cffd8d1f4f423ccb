package app.runaway;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.Api;
import app.runaway.support.IntegrationTest;
import app.runaway.support.Simultaneously;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every read-modify-write of an athlete's shared state holds when clients change it at the same moment: requests
 * are fired together over HTTP and the end state must hold every change (or, where each request replaces the
 * whole, exactly one of them), and no request may fail. Each test repeats its round {@code
 * -Drunaway.simultaneous.rounds} times (3 by default, to keep the suite fast; 100 to check a change to the code).
 */
class SimultaneousWritesTest extends IntegrationTest {
    private static final int ROUNDS = Integer.getInteger("runaway.simultaneous.rounds", 3);

    @Test
    void ten_simultaneous_remember_messages_are_all_kept() {
        for (var round = 0; round < ROUNDS; round++) {
            var athlete = newAthlete("Remembers " + round);
            var notes = IntStream.range(0, 10).mapToObj(i -> "I race on track " + i).toList();

            var answers = Simultaneously.send(notes.stream().<Supplier<Api.Response>>map(note ->
                    () -> api.post("/api/chat", athlete.token(), Map.of("message", "Remember that " + note)))
                    .toList());

            assertThat(answers).extracting(Api.Response::status).containsOnly(200);
            assertThat(texts(facts(athlete))).as("round %d", round).containsExactlyInAnyOrderElementsOf(notes);
        }
    }

    @Test
    void simultaneous_forgetting_and_remembering_keep_exactly_the_new_facts() {
        for (var round = 0; round < ROUNDS; round++) {
            var athlete = newAthlete("Forgets " + round);
            for (var i = 0; i < 5; i++) {
                api.post("/api/chat", athlete.token(), Map.of("message", "Remember that old fact " + i));
            }
            var old = facts(athlete);
            var requests = new ArrayList<Supplier<Api.Response>>();
            for (var fact : old) {
                requests.add(() -> api.send("DELETE", "/api/chat/memory/" + fact.get("id").asString(),
                        athlete.token()));
            }
            for (var i = 0; i < 5; i++) {
                var text = "Remember that new fact " + i;
                requests.add(() -> api.post("/api/chat", athlete.token(), Map.of("message", text)));
            }

            var answers = Simultaneously.send(requests);

            assertThat(answers).extracting(Api.Response::status).containsOnly(204, 200);
            assertThat(texts(facts(athlete))).as("round %d", round).containsExactlyInAnyOrder(
                    "new fact 0", "new fact 1", "new fact 2", "new fact 3", "new fact 4");
        }
    }

    @Test
    void ten_simultaneous_status_changes_leave_one_period_from_that_day() {
        for (var round = 0; round < ROUNDS; round++) {
            var athlete = newAthlete("Status " + round);
            var today = LocalDate.now(ZoneOffset.UTC);
            api.put("/api/athlete/status", athlete.token(), Map.of("status", "ill", "from",
                    today.minusDays(5).toString(), "note", "a cold"));
            var notes = IntStream.range(0, 10).mapToObj(i -> "strain " + i).toList();

            var answers = Simultaneously.send(notes.stream().<Supplier<Api.Response>>map(note ->
                    () -> api.put("/api/athlete/status", athlete.token(), Map.of("status",
                            note.endsWith("0") ? "ill" : "injured", "note", note))).toList());

            assertThat(answers).extracting(Api.Response::status).as("round %d", round).containsOnly(200);
            var status = api.get("/api/athlete/status", athlete.token()).body();
            var periods = list(status.get("periods"));
            assertThat(periods).hasSize(2);
            assertThat(periods.get(0).get("starts_on").asString()).isEqualTo(today.toString());
            assertThat(periods.get(0).get("note").asString()).isIn(notes);
            assertThat(periods.get(1).get("note").asString()).isEqualTo("a cold");
            assertThat(periods.get(1).get("ends_on").asString()).isEqualTo(today.minusDays(1).toString());
        }
    }

    @Test
    void the_same_injury_told_twice_at_once_is_one_period_and_two_facts() {
        for (var round = 0; round < ROUNDS; round++) {
            var athlete = newAthlete("Calf " + round);

            var answers = Simultaneously.send(List.of(
                    () -> api.post("/api/chat", athlete.token(), Map.of("message", "I have a calf strain")),
                    () -> api.post("/api/chat", athlete.token(), Map.of("message", "I have a calf strain"))));

            assertThat(answers).extracting(Api.Response::status).as("round %d", round).containsOnly(200);
            var status = api.get("/api/athlete/status", athlete.token()).body();
            assertThat(status.get("status").asString()).isEqualTo("injured");
            assertThat(status.get("periods")).hasSize(1);
            assertThat(facts(athlete)).extracting(f -> f.get("kind").asString()).containsExactly("injury", "injury");
        }
    }

    @Test
    void simultaneous_profile_changes_of_different_fields_all_hold() {
        for (var round = 0; round < ROUNDS; round++) {
            var athlete = newAthlete("Profile " + round);
            List<Map<String, Object>> changes = List.of(Map.of("name", "Renamed " + round),
                    Map.of("units", "imperial"), Map.of("birth_year", 1980), Map.of("sex", "F"),
                    Map.of("max_heartrate", 190), Map.of("resting_heartrate", 48),
                    Map.of("timezone", "Europe/Stockholm"));

            var answers = Simultaneously.send(changes.stream().<Supplier<Api.Response>>map(change ->
                    () -> api.put("/api/athlete", athlete.token(), change)).toList());

            assertThat(answers).extracting(Api.Response::status).containsOnly(200);
            var profile = api.get("/api/athlete", athlete.token()).body();
            for (var change : changes) {
                for (var field : change.entrySet()) {
                    assertThat(profile.get(field.getKey()).asString()).as("round %d: %s", round, field.getKey())
                            .isEqualTo(String.valueOf(field.getValue()));
                }
            }
        }
    }

    @Test
    void simultaneous_changes_of_different_fields_of_a_goal_all_hold() {
        for (var round = 0; round < ROUNDS; round++) {
            var athlete = newAthlete("Goal " + round);
            var goal = api.post("/api/goals", athlete.token(), Map.of("goal", "Marathon under 4:00 on 2027-04-18"))
                    .body().get("id").asString();
            List<Map<String, Object>> changes = List.of(Map.of("target_time_s", 13_500),
                    Map.of("race_date", "2027-05-02"), Map.of("priority", "B"), Map.of("status", "achieved"),
                    Map.of("description", "My spring race"));

            var answers = Simultaneously.send(changes.stream().<Supplier<Api.Response>>map(change ->
                    () -> api.put("/api/goals/" + goal, athlete.token(), change)).toList());

            assertThat(answers).extracting(Api.Response::status).containsOnly(200);
            var stored = api.get("/api/goals/" + goal, athlete.token()).body();
            assertThat(stored.get("target_time_s").asInt()).as("round %d", round).isEqualTo(13_500);
            assertThat(stored.get("race_date").asString()).isEqualTo("2027-05-02");
            assertThat(stored.get("priority").asString()).isEqualTo("B");
            assertThat(stored.get("status").asString()).isEqualTo("achieved");
            assertThat(stored.get("description").asString()).isEqualTo("My spring race");
            assertThat(stored.get("distance_m").asDouble()).isEqualTo(42_195.0);
        }
    }

    @Test
    void ten_simultaneous_commitments_for_one_day_leave_one_whole_commitment() {
        for (var round = 0; round < ROUNDS; round++) {
            var athlete = newAthlete("Commits " + round);
            var day = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

            var answers = Simultaneously.send(IntStream.range(1, 11).<Supplier<Api.Response>>mapToObj(i ->
                    () -> api.put("/api/commitments/" + day, athlete.token(), Map.of("target_distance_m", i * 1000,
                            "description", "plan " + i))).toList());

            assertThat(answers).extracting(Api.Response::status).containsOnly(200);
            var days = list(api.get("/api/commitments?from=" + day + "&to=" + day, athlete.token()).body()
                    .get("commitments"));
            assertThat(days).as("round %d", round).hasSize(1);
            var kept = days.getFirst();
            assertThat(kept.get("description").asString())
                    .as("distance and description come from the same request")
                    .isEqualTo("plan " + Math.round(kept.get("target_distance_m").asDouble() / 1000));
        }
    }

    private List<JsonNode> facts(Api.Athlete athlete) {
        return list(api.get("/api/chat/memory", athlete.token()).body().get("facts"));
    }

    private static List<String> texts(List<JsonNode> facts) {
        var texts = facts.stream().map(f -> f.get("text").asString()).toList();
        assertThat(new HashSet<>(facts.stream().map(f -> f.get("id").asString()).toList())).hasSize(facts.size());
        return texts;
    }

    private static List<JsonNode> list(JsonNode array) {
        var list = new ArrayList<JsonNode>();
        array.forEach(list::add);
        return list;
    }
}
