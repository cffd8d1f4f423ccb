package app.runaway.analysis;

import app.runaway.coach.Coach;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-process coach; its independent agents run side by side on virtual threads. */
@Configuration(proxyBeanMethods = false)
class CoachConfiguration {
    @Bean
    Coach coach() {
        return new Coach(Executors.newVirtualThreadPerTaskExecutor());
    }
}
