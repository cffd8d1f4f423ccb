package app.runaway.goal;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoalApiTest extends IntegrationTest {

    @Test
    void a_goal_written_in_words_is_stored_with_its_distance_time_date_and_pace() {
        var athlete = newAthlete("Goal setter");

        var created = api.post("/api/goals", athlete.token(), Map.of("goal", "Marathon under 4:00 on 2027-04-18"));

        assertThat(created.status()).isEqualTo(201);
        var goal = created.body();
        assertThat(goal.get("distance_m").asDouble()).isEqualTo(42_195.0);
        assertThat(goal.get("target_time_s").asInt()).isEqualTo(14_400);
        assertThat(goal.get("target_time").asString()).isEqualTo("4:00:00");
        assertThat(goal.get("target_pace").asString()).isEqualTo("5:41 /km");
        assertThat(goal.get("race_date").asString()).isEqualTo("2027-04-18");
        assertThat(goal.get("priority").asString()).isEqualTo("A");
        assertThat(goal.get("status").asString()).isEqualTo("active");
        assertThat(api.get("/api/goals", athlete.token()).body().get("goals")).hasSize(1);
    }

    @Test
    void a_goal_changes_by_field_and_can_be_deleted() {
        var athlete = newAthlete("Changer");
        var id = api.post("/api/goals", athlete.token(), Map.of("goal", "10k in 45:00")).body().get("id").asLong();

        var changed = api.put("/api/goals/" + id, athlete.token(), Map.of("target_time_s", 2640, "priority", "B",
                "race_date", "2027-06-01"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("target_time").asString()).isEqualTo("44:00");
        assertThat(changed.body().get("priority").asString()).isEqualTo("B");
        assertThat(changed.body().get("distance_m").asDouble()).isEqualTo(10_000.0);
        assertThat(api.put("/api/goals/" + id, athlete.token(), Map.of("status", "achieved")).body()
                .get("status").asString()).isEqualTo("achieved");
        assertThat(api.get("/api/goals?status=active", athlete.token()).body().get("goals")).isEmpty();
        assertThat(api.send("DELETE", "/api/goals/" + id, athlete.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/goals/" + id, athlete.token()).status()).isEqualTo(404);
    }

    @Test
    void bad_goals_answer_400_naming_the_field_and_others_goals_404() {
        var athlete = newAthlete("Vague");
        var other = newAthlete("Nosy");
        var id = api.post("/api/goals", athlete.token(), Map.of("goal", "sub-20 5k")).body().get("id").asLong();

        assertThat(api.post("/api/goals", athlete.token(), Map.of("goal", "get faster")).body().at("/errors/0/field")
                .asString()).isEqualTo("goal");
        assertThat(api.post("/api/goals", athlete.token(), Map.of("goal", "5k", "priority", "Z")).status())
                .isEqualTo(400);
        assertThat(api.post("/api/goals", athlete.token(), Map.of("distance_m", -5)).status()).isEqualTo(400);
        assertThat(api.put("/api/goals/" + id, athlete.token(), Map.of("race_date", "next spring")).status())
                .isEqualTo(400);
        assertThat(api.get("/api/goals/" + id, other.token()).status()).isEqualTo(404);
        assertThat(api.put("/api/goals/" + id, other.token(), Map.of("priority", "C")).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/goals/" + id, other.token()).status()).isEqualTo(404);
    }
}
