package app.runaway.job;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Jobs outlive the node that ran them: one left "running" by a dead node is resumed, or failed, never stuck. */
public class JobRecoveryTest extends IntegrationTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_import_whose_node_died_is_resumed_by_another_node() throws InterruptedException {
        var athlete = newAthlete("Resumed");
        var csv = ("Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n"
                + "9001,\"Aug 15, 2022, 3:09:27 PM\",Run one,Run,1500,5.00\n").getBytes(StandardCharsets.UTF_8);
        var jobId = UUID.randomUUID();
        // What a node leaves behind when it dies mid-import: the job claimed, its upload stored, its heartbeat old.
        jdbc.sql("""
                INSERT INTO jobs (id, athlete_id, kind, status, payload, attempts, claimed_by, heartbeat_at, started_at)
                VALUES (?, ?, 'import', 'running', '{"file_name": "activities.csv", "upload_kind": "CSV"}', 1,
                        'a-node-that-died', now() - interval '10 minutes', now() - interval '10 minutes')""")
                .params(jobId, athlete.id())
                .update();
        jdbc.sql("INSERT INTO import_uploads (job_id, seq, data) VALUES (?, 0, ?)").params(jobId, csv).update();

        var job = api.waitForJob(jobId.toString(), athlete.token());

        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.get("attempts").asInt()).isEqualTo(2);
        assertThat(job.at("/result/imported").asInt()).isEqualTo(1);
        // the upload is dropped just after the job's end is recorded (which the poll above may see first)
        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (uploads(jobId) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(uploads(jobId)).as("the upload is dropped once its job has ended").isZero();
    }

    private long uploads(UUID jobId) {
        return jdbc.sql("SELECT count(*) FROM import_uploads WHERE job_id = ?").param(jobId).query(Long.class)
                .single();
    }

    @Test
    void a_job_interrupted_too_often_fails_with_the_reason() {
        var athlete = newAthlete("Given up");
        var jobId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO jobs (id, athlete_id, kind, status, payload, attempts, max_attempts, claimed_by, heartbeat_at)
                VALUES (?, ?, 'import', 'running', '{}', 3, 3, 'a-node-that-died', now() - interval '10 minutes')""")
                .params(jobId, athlete.id())
                .update();

        var job = api.waitForJob(jobId.toString(), athlete.token());

        assertThat(job.get("status").asString()).isEqualTo("failed");
        assertThat(job.get("error").asString()).contains("interrupted");
    }

    @Autowired
    Jobs jobs;

    @Test
    void a_job_whose_handler_throws_an_error_fails_instead_of_running_forever() {
        var athlete = newAthlete("Exploded");

        var jobId = jobs.submit(ExplodingJobHandler.KIND, athlete.id(), java.util.Map.of());

        var job = api.waitForJob(jobId.toString(), athlete.token());
        assertThat(job.get("status").asString()).isEqualTo("failed");
        assertThat(job.get("error").asString()).isEqualTo("internal error: StackOverflowError");
    }

    /** A handler that dies the way a parser can on a hostile file: with an Error, not an Exception. */
    @org.springframework.boot.test.context.TestComponent
    public static class ExplodingJobHandler implements JobHandler {
        static final String KIND = "test-explodes";

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Object run(JobContext context) {
            throw new StackOverflowError();
        }
    }

    @Test
    void another_athletes_job_answers_404() {
        var owner = newAthlete("Job owner");
        var other = newAthlete("Job snoop");
        var accepted = api.upload("activities.csv", ("Activity ID,Activity Date,Activity Type,Elapsed Time,Distance\n"
                + "9101,\"Aug 15, 2022, 3:09:27 PM\",Run,1500,5.00\n").getBytes(StandardCharsets.UTF_8), owner.token());
        var jobId = accepted.body().get("job_id").asString();

        assertThat(api.get("/api/jobs/" + jobId, other.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/jobs/" + jobId, owner.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/jobs/not-a-uuid", owner.token()).status()).isEqualTo(400);
    }
}
