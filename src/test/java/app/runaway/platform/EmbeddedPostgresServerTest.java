package app.runaway.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @Test
    void a_second_runaway_on_the_same_home_is_refused_and_the_first_keeps_running(@TempDir Path home)
            throws Exception {
        try (var first = EmbeddedPostgresServer.start(home)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(home))
                    .hasMessageContaining("another Runaway is using");
            try (var connection = connect(first)) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void data_survives_a_restart_of_the_embedded_server(@TempDir Path home) throws Exception {
        try (var server = EmbeddedPostgresServer.start(home);
             var connection = connect(server)) {
            connection.createStatement().execute("CREATE TABLE runs (km numeric); INSERT INTO runs VALUES (42.195)");
        }

        try (var server = EmbeddedPostgresServer.start(home);
             var connection = connect(server);
             var result = connection.createStatement().executeQuery(
                     "SELECT km, current_setting('fsync'), current_setting('synchronous_commit') FROM runs")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getBigDecimal(1)).isEqualByComparingTo("42.195");
            assertThat(result.getString(2)).isEqualTo("on");
            assertThat(result.getString(3)).isEqualTo("on");
        }
    }

    @Test
    void without_the_homes_secret_no_connection_is_let_in(@TempDir Path home) throws Exception {
        try (var server = EmbeddedPostgresServer.start(home)) {
            var url = server.jdbcUrl();

            assertRefused(url, "postgres", "");
            assertRefused(url, "postgres", "postgres");
            assertRefused(url, "postgres", server.password());
            assertRefused(url, server.user(), "");
            assertRefused(url, server.user(), server.password() + "x");
            assertRefused(url.replace("/postgres", "/template1"), "postgres", "");

            var superuser = Files.readString(home.resolve(EmbeddedPostgresServer.SUPERUSER_SECRET)).strip();
            try (var connection = DriverManager.getConnection(url, "postgres", superuser);
                 var socket = connection.createStatement().executeQuery("SHOW unix_socket_directories")) {
                socket.next();
                assertThat(socket.getString(1)).as("no Unix socket, loopback TCP only").isEmpty();
            }
            assertThat(Files.readString(server.dataDirectory().resolve("pg_hba.conf")))
                    .doesNotContainPattern("(?m)^[^#].*\\btrust\\b")
                    .doesNotContainPattern("(?m)^local");
            for (var secret : new String[] {EmbeddedPostgresServer.SUPERUSER_SECRET,
                    EmbeddedPostgresServer.APP_SECRET}) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(secret))))
                        .as(secret).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void runaways_role_owns_its_schema_and_can_neither_run_programs_nor_read_server_files(@TempDir Path home)
            throws Exception {
        try (var server = EmbeddedPostgresServer.start(home);
             var connection = connect(server);
             var statement = connection.createStatement()) {
            try (var role = statement.executeQuery("""
                    SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb, current_schema(),
                           pg_has_role(current_user, 'pg_execute_server_program', 'MEMBER'),
                           (SELECT count(*) FROM pg_auth_members m WHERE m.member = r.oid)
                      FROM pg_roles r WHERE r.rolname = current_user""")) {
                role.next();
                assertThat(role.getBoolean(1)).as("superuser").isFalse();
                assertThat(role.getBoolean(2)).as("creates roles").isFalse();
                assertThat(role.getBoolean(3)).as("creates databases").isFalse();
                assertThat(role.getString(4)).isEqualTo("runaway");
                assertThat(role.getBoolean(5)).as("may run programs").isFalse();
                assertThat(role.getInt(6)).as("roles it is a member of").isZero();
            }
            statement.execute("CREATE TABLE own_table (id int)");

            assertThatThrownBy(() -> statement.execute("COPY (SELECT 1) TO PROGRAM 'id'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("COPY own_table FROM PROGRAM 'echo 1'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("COPY own_table TO '/tmp/runaway-copy-test'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeQuery("SELECT pg_read_file('postgresql.conf')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("ALTER ROLE runaway SUPERUSER"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeQuery("SELECT rolpassword FROM pg_authid"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("CREATE TABLE public.elsewhere (id int)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void a_home_from_before_passwords_is_converted_on_start_without_losing_data(@TempDir Path home)
            throws Exception {
        // A home as the earlier Runaway left it: initdb with trust, Flyway's migrations and data in public, all
        // owned by the password-less superuser.
        try (var legacy = EmbeddedPostgres.builder().setDataDirectory(home.resolve("postgres"))
                .setCleanDataDirectory(false).start()) {
            var url = legacy.getJdbcUrl("postgres", "postgres");
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration")
                    .target("5").load().migrate();
            try (var connection = DriverManager.getConnection(url, "postgres", "")) {
                connection.createStatement().execute("""
                        INSERT INTO athletes (name, is_owner) VALUES ('Old owner', true);
                        INSERT INTO goals (athlete_id, description) SELECT id, 'sub-20 5k' FROM athletes""");
            }
        }

        try (var server = EmbeddedPostgresServer.start(home)) {
            assertRefused(server.jdbcUrl(), "postgres", "");
            var migration = Flyway.configure().dataSource(server.jdbcUrl(), server.user(), server.password())
                    .locations("classpath:db/migration").load().migrate();
            assertThat(migration.success).isTrue();
            try (var connection = connect(server);
                 var rows = connection.createStatement().executeQuery("""
                         SELECT a.name, g.description, pg_get_userbyid(c.relowner), c.relnamespace::regnamespace,
                                nextval('athletes_id_seq') > a.id
                           FROM athletes a JOIN goals g ON g.athlete_id = a.id
                           JOIN pg_class c ON c.oid = 'athletes'::regclass""")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Old owner");
                assertThat(rows.getString(2)).isEqualTo("sub-20 5k");
                assertThat(rows.getString(3)).isEqualTo("runaway");
                assertThat(rows.getString(4)).isEqualTo("runaway");
                assertThat(rows.getBoolean(5)).as("the sequence moved with its table").isTrue();
            }
        }

        try (var restarted = EmbeddedPostgresServer.start(home);
             var connection = connect(restarted);
             var count = connection.createStatement().executeQuery("SELECT count(*) FROM athletes")) {
            count.next();
            assertThat(count.getInt(1)).as("a second start changes nothing").isEqualTo(1);
        }
    }

    @Test
    void a_deleted_superuser_password_file_is_replaced_by_a_new_password(@TempDir Path home) throws Exception {
        try (var server = EmbeddedPostgresServer.start(home)) {
            assertThat(server.password()).isNotBlank();
        }
        var old = Files.readString(home.resolve(EmbeddedPostgresServer.SUPERUSER_SECRET)).strip();
        Files.delete(home.resolve(EmbeddedPostgresServer.SUPERUSER_SECRET));

        try (var server = EmbeddedPostgresServer.start(home);
             var connection = connect(server)) {
            assertThat(connection.isValid(2)).isTrue();
            assertRefused(server.jdbcUrl(), "postgres", old);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close())
                .as("%s with %s", user, password.isEmpty() ? "no password" : "a wrong password")
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState())
                        .as("refused at authentication").isIn("28P01", "28000", "08004"));
    }
}
