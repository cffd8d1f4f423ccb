package app.runaway.platform;

import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** `GET /health`, as the existing client calls it: no token, the service's and the database's state. */
@RestController
class HealthController {
    private final JdbcClient jdbc;
    private final DatabaseMode databaseMode;

    HealthController(JdbcClient jdbc, DatabaseMode databaseMode) {
        this.jdbc = jdbc;
        this.databaseMode = databaseMode;
    }

    record DatabaseHealth(String status, boolean embedded, String version) {
    }

    record Health(String status, String service, Instant timestamp, DatabaseHealth database) {
    }

    @GetMapping("/health")
    ResponseEntity<Health> health() {
        DatabaseHealth database;
        try {
            var version = jdbc.sql("SHOW server_version").query(String.class).single();
            database = new DatabaseHealth("up", databaseMode.embedded(), version);
        } catch (RuntimeException e) {
            database = new DatabaseHealth("down", databaseMode.embedded(), null);
        }
        var up = database.status().equals("up");
        var health = new Health(up ? "healthy" : "degraded", "runaway", Instant.now(), database);
        return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(health);
    }
}
