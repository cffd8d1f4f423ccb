package app.runaway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import app.runaway.coachserver.CoachServerApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Runaway: one jar, two roles. By default ("all") the whole service; in coach role only the coach's private
 * analysis API ({@link CoachServerApplication}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        // the coach role is its own application; the whole service runs the coach in process
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "app\\.runaway\\.coachserver\\..*")})
@ConfigurationPropertiesScan
public class RunawayApplication {
    public static void main(String[] args) {
        SpringApplication.run(coachRole(args) ? CoachServerApplication.class : RunawayApplication.class, args);
    }

    static boolean coachRole(String[] args) {
        for (var arg : args) {
            if (arg.equals("--runaway.role=coach")) {
                return true;
            }
        }
        return "coach".equalsIgnoreCase(System.getenv("RUNAWAY_ROLE"));
    }
}
