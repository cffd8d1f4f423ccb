package app.runaway.chat;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fuzzy questions are answered by semantic search over the athlete's own activities, cited as sources. */
class ChatRecallTest extends IntegrationTest {

    @Test
    void find_the_run_in_the_rain_cites_it_once_the_embeddings_are_done() throws InterruptedException {
        var athlete = newAthlete("Recaller");
        var other = newAthlete("Rainy neighbour");
        var csv = "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance\n"
                + "31,\"May 1, 2026, 6:00:00 AM\",Easy morning run,Run,\"Recovery jog, legs heavy\",2900,8.00\n"
                + "32,\"May 2, 2026, 6:00:00 AM\",Hill session,Run,\"Hill repeats in the pouring rain, soaked through\","
                + "3400,10.00\n"
                + "33,\"May 3, 2026, 6:00:00 AM\",Sunday long run,Run,\"Along the lake, sunny\",8400,24.00\n";
        api.importAndWait("activities.csv", csv.getBytes(StandardCharsets.UTF_8), athlete.token());
        api.importAndWait("activities.csv", csv.replace("31,", "41,").replace("32,", "42,").replace("33,", "43,")
                .getBytes(StandardCharsets.UTF_8), other.token());
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (api.post("/api/chat", athlete.token(), Map.of("message", "How many runs?")).body()
                .at("/data/embeddings_pending").asLong() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        var reply = api.post("/api/chat", athlete.token(), Map.of("message", "Find the run where I got soaked in the "
                + "rain")).body();

        assertThat(reply.at("/context/question_family").asString()).isEqualTo("recall");
        assertThat(reply.at("/sources/0/strava_id").asLong()).isEqualTo(32);
        assertThat(reply.get("sources")).allMatch(s -> s.get("strava_id").asLong() < 40);
        assertThat(reply.at("/data/embeddings_pending").asLong()).isZero();
    }
}
