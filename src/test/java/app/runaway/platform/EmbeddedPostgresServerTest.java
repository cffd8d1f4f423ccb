package app.runaway.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @Test
    void a_second_runaway_on_the_same_home_is_refused_and_the_first_keeps_running(@TempDir Path home)
            throws Exception {
        var data = home.resolve("postgres");
        try (var first = EmbeddedPostgresServer.start(data)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data))
                    .hasMessageContaining("another Runaway is using");
            try (var connection = DriverManager.getConnection(first.jdbcUrl(), "postgres", "")) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void data_survives_a_restart_of_the_embedded_server(@TempDir Path home) throws Exception {
        var data = home.resolve("postgres");
        try (var server = EmbeddedPostgresServer.start(data);
             var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "")) {
            connection.createStatement().execute("CREATE TABLE runs (km numeric); INSERT INTO runs VALUES (42.195)");
        }

        try (var server = EmbeddedPostgresServer.start(data);
             var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
             var result = connection.createStatement().executeQuery(
                     "SELECT km, current_setting('fsync'), current_setting('synchronous_commit') FROM runs")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getBigDecimal(1)).isEqualByComparingTo("42.195");
            assertThat(result.getString(2)).isEqualTo("on");
            assertThat(result.getString(3)).isEqualTo("on");
        }
    }
}
