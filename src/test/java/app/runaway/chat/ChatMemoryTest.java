package app.runaway.chat;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the athlete tells in chat is remembered, acted on, and theirs to read and delete. */
class ChatMemoryTest extends IntegrationTest {

    @Test
    void an_injury_told_in_chat_becomes_a_status_the_coach_plans_around_until_recovery() {
        var athlete = newAthlete("Hurt");

        var told = api.post("/api/chat", athlete.token(), Map.of("message", "I have a calf strain")).body();

        assertThat(told.at("/context/question_family").asString()).isEqualTo("memory");
        assertThat(api.get("/api/athlete/status", athlete.token()).body().get("status").asString())
                .isEqualTo("injured");
        var plan = api.post("/analyze/workout", athlete.token(), Map.of()).body().at("/workout_plan/this_week");
        plan.forEach(day -> assertThat(day.get("type").asString()).isEqualTo("cross_training"));

        api.post("/api/chat", athlete.token(), Map.of("message", "I'm healthy again"));

        assertThat(api.get("/api/athlete/status", athlete.token()).body().get("status").asString())
                .isEqualTo("healthy");
    }

    @Test
    void a_unit_preference_changes_the_profile_and_notes_can_be_read_and_deleted() {
        var athlete = newAthlete("Preferences");

        api.post("/api/chat", athlete.token(), Map.of("message", "I prefer miles"));
        api.post("/api/chat", athlete.token(), Map.of("message", "Remember that I race on Saturdays"));
        var facts = api.get("/api/chat/memory", athlete.token()).body().get("facts");

        assertThat(api.get("/api/athlete", athlete.token()).body().get("units").asString()).isEqualTo("imperial");
        assertThat(facts).extracting(f -> f.get("kind").asString()).containsExactly("preference", "note");
        assertThat(facts.get(1).get("text").asString()).isEqualTo("I race on Saturdays");

        var other = newAthlete("Snoop");
        assertThat(api.get("/api/chat/memory", other.token()).body().get("facts")).isEmpty();
        assertThat(api.send("DELETE", "/api/chat/memory/" + facts.get(1).get("id").asString(), other.token())
                .status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/chat/memory/" + facts.get(1).get("id").asString(), athlete.token())
                .status()).isEqualTo(204);
        assertThat(api.get("/api/chat/memory", athlete.token()).body().get("facts")).hasSize(1);
        assertThat(api.send("DELETE", "/api/chat/memory", athlete.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/chat/memory", athlete.token()).body().get("facts")).isEmpty();
    }

    @Test
    void a_question_about_an_injury_is_not_taken_as_a_statement() {
        assertThat(Statement.read("Am I injured?")).isEmpty();
        assertThat(Statement.read("I'm injured?")).isEmpty();
        assertThat(Statement.read("I've got the flu")).containsInstanceOf(Statement.Ill.class);
        assertThat(Statement.read("I sprained my ankle on a trail")).containsInstanceOf(Statement.Injured.class);
    }
}
