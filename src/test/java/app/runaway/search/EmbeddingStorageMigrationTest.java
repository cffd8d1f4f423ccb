package app.runaway.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.platform.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vectors stored as real[] before V8 read back, after it, as exactly the same floats. */
class EmbeddingStorageMigrationTest {

    @Test
    void vectors_stored_as_real_arrays_become_the_same_floats_as_raw_bytes(@TempDir Path home) throws Exception {
        var random = new Random(8);
        var floats = new float[AthleteVectors.DIMENSIONS];
        for (var i = 0; i < floats.length; i++) {
            floats[i] = (float) random.nextGaussian() / 20;
        }
        floats[0] = Float.MIN_VALUE;
        floats[1] = -0.0f;
        floats[2] = 1e-30f;
        var literal = new StringBuilder("{");
        for (var i = 0; i < floats.length; i++) {
            literal.append(i == 0 ? "" : ",").append(Float.toString(floats[i]));
        }
        literal.append('}');

        try (var server = EmbeddedPostgresServer.start(home)) {
            var flyway = Flyway.configure().dataSource(server.jdbcUrl(), server.user(), server.password())
                    .locations("classpath:db/migration");
            // the last version before vectors became raw bytes (V9)
            flyway.target("8").load().migrate();
            try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password())) {
                var insert = connection.prepareStatement("""
                        WITH a AS (INSERT INTO athletes (name) VALUES ('Vectors') RETURNING id),
                             r AS (INSERT INTO activities (athlete_id, strava_id, source, sources, name, sport_type,
                                                          start_date, start_date_local, timezone,
                                                          timezone_from_athlete, distance_m, moving_time_s,
                                                          elapsed_time_s)
                                   SELECT id, 1, 'demo', ARRAY['demo'], 'Run', 'Run', now(), now(), 'UTC', true, 5000,
                                          1500, 1500
                                     FROM a RETURNING id, athlete_id)
                        INSERT INTO activity_embeddings (activity_id, athlete_id, model, summary, embedding)
                        SELECT id, athlete_id, 'all-minilm-l6-v2-q', 'a run', ?::real[] FROM r""");
                insert.setString(1, literal.toString());
                insert.executeUpdate();
            }

            Flyway.configure().dataSource(server.jdbcUrl(), server.user(), server.password())
                    .locations("classpath:db/migration").load().migrate();

            try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                 var rows = connection.createStatement().executeQuery("SELECT vector FROM activity_embeddings")) {
                assertThat(rows.next()).isTrue();
                var stored = rows.getBytes(1);
                var decoded = new float[AthleteVectors.DIMENSIONS];
                EmbeddingStore.decode(stored, decoded, 0);
                assertThat(decoded).containsExactly(floats);
                assertThat(EmbeddingStore.bytes(floats)).isEqualTo(stored);
            }
        }
    }
}
