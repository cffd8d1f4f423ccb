package app.runaway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RunawayApplication {
    public static void main(String[] args) {
        SpringApplication.run(RunawayApplication.class, args);
    }
}
