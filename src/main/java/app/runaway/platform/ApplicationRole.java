package app.runaway.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The role Runaway works as on its embedded server, set up by the superuser on every start (each step is
 * idempotent, and all of them commit together):
 * <ul>
 *   <li>{@value EmbeddedPostgresServer#APP_ROLE} may log in with the home's password and nothing more: no superuser,
 *       no role or database creation, no replication, no reading or writing server files, no running programs
 *       ({@code COPY ... TO PROGRAM} needs a superuser or {@code pg_execute_server_program});</li>
 *   <li>it owns the schema {@value EmbeddedPostgresServer#APP_SCHEMA}, its search path, where Flyway migrates as that
 *       role (the migrations need no extension or other superuser power);</li>
 *   <li>a home from before this kept everything in {@code public}, owned by the superuser: those tables (with their
 *       indexes, constraints, sequences and Flyway's history) move into the schema and pass to the role, in place,
 *       so no row is copied or lost.</li>
 * </ul>
 */
final class ApplicationRole {
    private static final Logger log = LoggerFactory.getLogger(ApplicationRole.class);

    private ApplicationRole() {
    }

    static void ensure(String jdbcUrl, String superuserPassword, String appPassword) {
        var credentials = new Properties();
        credentials.setProperty("user", EmbeddedPostgresServer.SUPERUSER);
        credentials.setProperty("password", superuserPassword);
        try (var connection = DriverManager.getConnection(jdbcUrl, credentials)) {
            connection.setAutoCommit(false);
            createRole(connection, appPassword);
            var moved = adoptLegacyTables(connection);
            connection.commit();
            if (moved > 0) {
                log.info("Moved {} tables of an earlier Runaway from schema public to schema {}, owned by role {}",
                        moved, EmbeddedPostgresServer.APP_SCHEMA, EmbeddedPostgresServer.APP_ROLE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up the embedded PostgreSQL's role "
                    + EmbeddedPostgresServer.APP_ROLE + ": " + e.getMessage(), e);
        }
    }

    private static void createRole(Connection connection, String appPassword) throws SQLException {
        var role = EmbeddedPostgresServer.APP_ROLE;
        var schema = EmbeddedPostgresServer.APP_SCHEMA;
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    DO $$ BEGIN
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s; END IF;
                    END $$""".formatted(role));
            // the verifier, not the password, travels in the statement (see ScramVerifier)
            statement.execute(("ALTER ROLE %s WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                    + "NOBYPASSRLS PASSWORD '%s'").formatted(role, ScramVerifier.of(appPassword)));
            statement.execute("ALTER ROLE %s SET search_path = %s".formatted(role, schema));
            statement.execute("CREATE SCHEMA IF NOT EXISTS %s AUTHORIZATION %s".formatted(schema, role));
            statement.execute("ALTER SCHEMA %s OWNER TO %s".formatted(schema, role));
            // The role is a member of no other role: none may lend it server files, programs or settings.
            statement.execute("""
                    DO $$ DECLARE granted text; BEGIN
                        FOR granted IN SELECT g.rolname FROM pg_auth_members m
                                         JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
                                        WHERE r.rolname = '%1$s' LOOP
                            EXECUTE format('REVOKE %%I FROM %1$s', granted);
                        END LOOP;
                    END $$""".formatted(role));
        }
    }

    /**
     * Moves an earlier Runaway's tables out of {@code public} (where Flyway's history marks them) into the schema,
     * and gives them to the role. {@code ALTER TABLE ... SET SCHEMA} takes a table's indexes, constraints and owned
     * sequences along; {@code OWNER TO} passes those too. Runaway's migrations create tables only (no views,
     * functions or free-standing sequences), so tables are all there is to move.
     */
    private static int adoptLegacyTables(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var legacy = statement.executeQuery("SELECT to_regclass('public.flyway_schema_history') IS NOT NULL "
                     + "AND to_regclass('%s.flyway_schema_history') IS NULL"
                     .formatted(EmbeddedPostgresServer.APP_SCHEMA))) {
            legacy.next();
            if (!legacy.getBoolean(1)) {
                return 0;
            }
        }
        var count = 0;
        try (var statement = connection.createStatement()) {
            var tables = new java.util.ArrayList<String>();
            try (var rows = statement.executeQuery("""
                    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (var table : tables) {
                var quoted = quote(connection, table);
                statement.execute("ALTER TABLE public.%s SET SCHEMA %s".formatted(quoted,
                        EmbeddedPostgresServer.APP_SCHEMA));
                statement.execute("ALTER TABLE %s.%s OWNER TO %s".formatted(EmbeddedPostgresServer.APP_SCHEMA,
                        quoted, EmbeddedPostgresServer.APP_ROLE));
                count++;
            }
        }
        return count;
    }

    private static String quote(Connection connection, String identifier) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT quote_ident(?)")) {
            statement.setString(1, identifier);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
