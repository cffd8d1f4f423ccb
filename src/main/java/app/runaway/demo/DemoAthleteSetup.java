package app.runaway.demo;

import app.runaway.activity.ActivityStore;
import app.runaway.athlete.AthleteAccounts;
import app.runaway.platform.RunawayHome;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * `--demo` on the command line: a demo athlete with about two years (some 700 activities) of generated training,
 * its token in `$RUNAWAY_HOME/demo.token`. Created once; later starts with `--demo` reuse it.
 */
@Component
@Order(10)
class DemoAthleteSetup implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoAthleteSetup.class);
    private static final long SEED = 18; // about 710 activities over two years
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    /**
     * Serialises demo setups of nodes starting together on one database: each checks for the demo athlete and
     * creates it when there is none, so two at once would create two. An advisory lock, as there is no row to lock
     * before the demo athlete exists.
     */
    private static final long DEMO_LOCK = 0x52554e_44454dL;

    private final AthleteAccounts accounts;
    private final ActivityStore store;
    private final RunawayHome home;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoAthleteSetup(AthleteAccounts accounts, ActivityStore store, RunawayHome home, Clock clock, JdbcClient jdbc,
                     TransactionTemplate transaction) {
        this.accounts = accounts;
        this.store = store;
        this.home = home;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("demo")) {
            return;
        }
        var created = transaction.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(DEMO_LOCK).query((rs, row) -> true).single();
            if (accounts.demoAthlete().isPresent()) {
                return null;
            }
            var account = accounts.createDemo("Demo Runner", ZONE);
            var history = new TrainingHistoryGenerator()
                    .generate(TrainingHistorySpec.twoYears(SEED, LocalDate.now(clock.withZone(ZONE)), ZONE));
            var outcome = store.store(account.athleteId(), ZONE, history);
            log.info("Demo athlete {} created with {} activities", account.athleteId(), outcome.inserted());
            return account;
        });
        if (created == null) {
            log.info("Demo athlete {} already exists; its token is in {}", accounts.demoAthlete().orElseThrow(),
                    home.resolve("demo.token"));
            return;
        }
        home.writeSecret("demo.token", created.token());
        log.info("The demo athlete's token is in {}", home.resolve("demo.token"));
    }
}
