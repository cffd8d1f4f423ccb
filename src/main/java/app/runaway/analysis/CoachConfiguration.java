package app.runaway.analysis;

import app.runaway.coach.Coach;
import app.runaway.coach.Narrator;
import org.springframework.beans.factory.ObjectProvider;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-process coach; its independent agents run side by side on virtual threads. */
@Configuration(proxyBeanMethods = false)
class CoachConfiguration {
    /** The LLM narrator when one is configured (a Narrator bean), else the rules' words alone. */
    @Bean
    Coach coach(ObjectProvider<Narrator> narrator) {
        return new Coach(Executors.newVirtualThreadPerTaskExecutor(), narrator.getIfAvailable(() -> Narrator.NONE));
    }
}
