package app.runaway.analysis;

import app.runaway.coach.Coach;
import org.springframework.beans.factory.annotation.Value;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coach: in this process by default (its independent agents side by side on virtual threads, narrated by the
 * LLM when one is configured), or the coach service at `RUNAWAY_COACH_URL`.
 */
@Configuration(proxyBeanMethods = false)
class CoachConfiguration {
    @Bean
    CoachEngine coachEngine(@Value("${runaway.coach.url:}") String url, @Value("${runaway.coach.token:}") String token,
                            JsonMapper json) {
        if (url.isBlank()) {
            var executor = Executors.newVirtualThreadPerTaskExecutor();
            return (request, narrator) -> new Coach(executor, narrator).analyze(request);
        }
        if (token.isBlank()) {
            throw new IllegalStateException("RUNAWAY_COACH_URL needs RUNAWAY_COACH_TOKEN, the coach service's token");
        }
        return new RemoteCoach(url, token, json);
    }
}
