package app.runaway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.activity.ActivityStore;
import app.runaway.athlete.AthleteAccounts;
import app.runaway.platform.RunawayHome;
import app.runaway.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes started with --demo at the same moment on one database make one demo athlete, not two. The round repeats
 * {@code -Drunaway.simultaneous.rounds} times (once by default: each makes 700 activities).
 */
class DemoAthleteSetupTest extends IntegrationTest {
    private static final int ROUNDS = Integer.getInteger("runaway.simultaneous.rounds", 1);
    @Autowired
    private AthleteAccounts accounts;
    @Autowired
    private ActivityStore store;
    @Autowired
    private Clock clock;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transaction;

    @Test
    void two_simultaneous_demo_setups_create_one_demo_athlete(@TempDir Path dir) throws Exception {
        for (var round = 0; round < ROUNDS; round++) {
            twoSimultaneousDemoSetups(dir.resolve("round-" + round));
        }
    }

    private void twoSimultaneousDemoSetups(Path dir) throws Exception {
        var homes = new Path[] {dir.resolve("node-a"), dir.resolve("node-b")};
        var gate = new CountDownLatch(1);
        try (var nodes = Executors.newFixedThreadPool(2)) {
            var runs = new ArrayList<Future<?>>();
            for (var home : homes) {
                var setup = new DemoAthleteSetup(accounts, store, new RunawayHome(home), clock, jdbc, transaction);
                runs.add(nodes.submit(() -> {
                    gate.await();
                    setup.run(new DefaultApplicationArguments("--demo"));
                    return null;
                }));
            }
            gate.countDown();
            for (var run : runs) {
                run.get();
            }
        }

        assertThat(jdbc.sql("SELECT count(*) FROM athletes WHERE is_demo").query(Long.class).single()).isEqualTo(1);
        var tokenFiles = java.util.Arrays.stream(homes).filter(home -> Files.exists(home.resolve("demo.token")))
                .toList();
        assertThat(tokenFiles).as("the node that created it wrote its token").hasSize(1);
        var token = Files.readString(tokenFiles.getFirst().resolve("demo.token")).strip();
        assertThat(api.get("/api/activities?limit=1", token).status()).isEqualTo(200);
        // the rest of the suite shares this database: its 700 activities need not be embedded in the background
        jdbc.sql("DELETE FROM athletes WHERE is_demo").update();
    }
}
