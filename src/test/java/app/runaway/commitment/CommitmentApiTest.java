package app.runaway.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommitmentApiTest extends IntegrationTest {

    @Test
    void commitments_are_kept_by_the_days_activities_and_make_streaks() {
        var athlete = newAthlete("Committed");
        // Runs on 1 and 2 March 2026 (UTC athlete): 5 km and 3 km; nothing on 3 March.
        api.importAndWait("activities.csv", ("Activity ID,Activity Date,Activity Type,Elapsed Time,Moving Time,"
                + "Distance,Distance\n"
                + "1,\"Mar 1, 2026, 7:00:00 AM\",Run,1800,1800,5.00,5000.0\n"
                + "2,\"Mar 2, 2026, 7:00:00 AM\",Trail Run,1200,1200,3.00,3000.0\n"
                + "3,\"Mar 4, 2026, 7:00:00 AM\",Run,1500,1500,5.00,5000.0\n").getBytes(StandardCharsets.UTF_8),
                athlete.token());
        api.put("/api/commitments/2026-03-01", athlete.token(), Map.of("target_distance_m", 5000));
        api.put("/api/commitments/2026-03-02", athlete.token(), Map.of("target_duration_s", 1200));
        api.put("/api/commitments/2026-03-03", athlete.token(), Map.of("description", "easy 30 min"));
        api.put("/api/commitments/2026-03-04", athlete.token(), Map.of("target_distance_m", 4000));
        var kept = api.put("/api/commitments/2026-03-05", athlete.token(), Map.of("target_distance_m", 8000));

        var list = api.get("/api/commitments?from=2026-03-01&to=2026-03-05", athlete.token()).body();

        assertThat(kept.body().get("status").asString()).isEqualTo("missed");
        assertThat(list.get("commitments")).extracting(c -> c.get("status").asString())
                .containsExactly("kept", "kept", "missed", "kept", "missed");
        assertThat(list.get("commitments").get(1).get("done_distance_m").asDouble())
                .as("a trail run keeps a run commitment").isEqualTo(3000.0);
        assertThat(list.get("current_streak").asInt()).isZero();
        assertThat(list.get("longest_streak").asInt()).isEqualTo(2);
    }

    @Test
    void bad_commitments_answer_400() {
        var athlete = newAthlete("Sloppy");

        assertThat(api.put("/api/commitments/someday", athlete.token(), Map.of()).status()).isEqualTo(400);
        assertThat(api.put("/api/commitments/2026-03-01", athlete.token(), Map.of("target_distance_m", -1))
                .body().at("/errors/0/field").asString()).isEqualTo("target_distance_m");
        assertThat(api.send("DELETE", "/api/commitments/2026-03-01", athlete.token()).status()).isEqualTo(404);
    }
}
