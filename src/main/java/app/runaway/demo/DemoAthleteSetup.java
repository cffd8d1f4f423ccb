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
import org.springframework.stereotype.Component;

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

    private final AthleteAccounts accounts;
    private final ActivityStore store;
    private final RunawayHome home;
    private final Clock clock;

    DemoAthleteSetup(AthleteAccounts accounts, ActivityStore store, RunawayHome home, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.home = home;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("demo")) {
            return;
        }
        if (accounts.demoAthlete().isPresent()) {
            log.info("Demo athlete {} already exists; its token is in {}", accounts.demoAthlete().get(),
                    home.resolve("demo.token"));
            return;
        }
        var account = accounts.createDemo("Demo Runner", ZONE);
        var history = new TrainingHistoryGenerator()
                .generate(TrainingHistorySpec.twoYears(SEED, LocalDate.now(clock.withZone(ZONE)), ZONE));
        var outcome = store.store(account.athleteId(), ZONE, history);
        home.writeSecret("demo.token", account.token());
        log.info("Demo athlete {} created with {} activities; its token is in {}", account.athleteId(),
                outcome.inserted(), home.resolve("demo.token"));
    }
}
