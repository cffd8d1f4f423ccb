package app.runaway.search;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The activity_embeddings table: one normalised vector per activity, with the summary and model that made it. */
@Repository
class EmbeddingStore {
    private static final int FETCH_ROWS = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate snapshot;

    EmbeddingStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    record Embedded(long activityId, String summary, float[] vector) {
    }

    /** The summaries embedded with this model, by activity, for the ones asked about. */
    Map<Long, String> summaries(List<Long> activityIds, String model) {
        return jdbc.sql("SELECT activity_id, summary FROM activity_embeddings WHERE activity_id = ANY(?) AND model = ?")
                .params(activityIds.toArray(Long[]::new), model)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Stores one athlete's vectors under a new write version. Bumping the version takes the athlete's version row
     * lock until commit, so once a reader sees version v, every row written with a version up to v is visible.
     * The join skips an activity deleted while it was being embedded (its foreign key would fail the batch).
     */
    void store(long athleteId, String model, List<Embedded> rows) {
        var version = jdbc.sql("""
                INSERT INTO embedding_versions (athlete_id, version) VALUES (?, 1)
                ON CONFLICT (athlete_id) DO UPDATE SET version = embedding_versions.version + 1
                RETURNING version""")
                .param(athleteId).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO activity_embeddings (activity_id, athlete_id, model, summary, vector, version)
                SELECT d.activity_id, ?, ?, d.summary, d.vector, ?
                  FROM unnest(?::bigint[], ?::text[], ?::bytea[]) AS d(activity_id, summary, vector)
                  JOIN activities a ON a.id = d.activity_id AND a.athlete_id = ?
                ON CONFLICT (activity_id) DO UPDATE
                   SET model = excluded.model, summary = excluded.summary, vector = excluded.vector,
                       version = excluded.version, created_at = now()""")
                .params(athleteId, model, version,
                        rows.stream().map(Embedded::activityId).toArray(Long[]::new),
                        rows.stream().map(Embedded::summary).toArray(String[]::new),
                        rows.stream().map(row -> bytes(row.vector())).toArray(byte[][]::new),
                        athleteId)
                .update();
    }

    long version(long athleteId) {
        return jdbc.sql("SELECT version FROM embedding_versions WHERE athlete_id = ?").param(athleteId)
                .query(Long.class).optional().orElse(0L);
    }

    /** The athlete's write version and the version at which vectors were last deleted. */
    record Versions(long version, long deletedAtVersion) {
    }

    Versions versions(long athleteId) {
        return jdbc.sql("SELECT version, deleted_at_version FROM embedding_versions WHERE athlete_id = ?")
                .param(athleteId).query((rs, row) -> new Versions(rs.getLong(1), rs.getLong(2)))
                .optional().orElse(new Versions(0, 0));
    }

    /** Records that vectors of the athlete are gone (their activities deleted), under a new write version. */
    void vectorsDeleted(long athleteId) {
        jdbc.sql("""
                INSERT INTO embedding_versions (athlete_id, version, deleted_at_version) VALUES (?, 1, 1)
                ON CONFLICT (athlete_id) DO UPDATE SET version = embedding_versions.version + 1,
                                                       deleted_at_version = embedding_versions.version + 1""")
                .param(athleteId).update();
    }

    /**
     * The athlete's vectors written after {@code version} (all of them from version 0), and the write version they
     * bring the holder up to.
     *
     * <p>Loaded for 50,000 activities at first search, so: one snapshot (a read-only repeatable-read transaction)
     * counts the rows, then streams them through a cursor (fetch size {@link #FETCH_ROWS}) straight into two
     * primitive arrays of exactly that size; no boxed floats, no list of rows, no growing. Each vector is stored and
     * travels as its raw bytes (asked for in binary, so not even hex-encoded), copied into place: the text form of
     * 19 million floats, parsed and boxed, took most of the 9-11 s this load used to take.
     */
    VectorRows vectorsAfter(long athleteId, String model, long version) {
        return snapshot.execute(status -> jdbcTemplate.execute((ConnectionCallback<VectorRows>) connection -> {
            var latest = single(connection, "SELECT coalesce(max(version), 0) FROM embedding_versions "
                    + "WHERE athlete_id = ?", athleteId);
            var count = Math.toIntExact(single(connection, """
                    SELECT count(*) FROM activity_embeddings WHERE athlete_id = ? AND model = ? AND version > ?""",
                    athleteId, model, version));
            var ids = new long[count];
            var data = new float[Math.multiplyExact(count, AthleteVectors.DIMENSIONS)];
            try (var statement = connection.prepareStatement("""
                    SELECT activity_id, vector FROM activity_embeddings
                     WHERE athlete_id = ? AND model = ? AND version > ?""")) {
                // binary results (bytea as raw bytes, not hex text) from the first execution on
                statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
                statement.setFetchSize(FETCH_ROWS);
                statement.setLong(1, athleteId);
                statement.setString(2, model);
                statement.setLong(3, version);
                try (var rows = statement.executeQuery()) {
                    var row = 0;
                    while (rows.next()) {
                        if (row == count) {
                            throw new IllegalStateException("more vectors than counted in the same snapshot");
                        }
                        ids[row] = rows.getLong(1);
                        decode(rows.getBytes(2), data, row * AthleteVectors.DIMENSIONS);
                        row++;
                    }
                    if (row != count) {
                        throw new IllegalStateException("fewer vectors than counted in the same snapshot");
                    }
                }
            }
            return new VectorRows(ids, data, latest);
        }));
    }

    /** Vectors as loaded: {@code ids.length} rows of {@link AthleteVectors#DIMENSIONS} floats, and their version. */
    record VectorRows(long[] ids, float[] data, long version) {
        int size() {
            return ids.length;
        }
    }

    /** One vector as stored: its floats' IEEE 754 bytes, big-endian (what PostgreSQL's float4send writes). */
    static byte[] bytes(float[] vector) {
        var buffer = ByteBuffer.allocate(vector.length * Float.BYTES);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    /** Copies one stored vector's floats into {@code target} at {@code offset}. */
    static void decode(byte[] stored, float[] target, int offset) {
        if (stored.length != AthleteVectors.DIMENSIONS * Float.BYTES) {
            throw new IllegalStateException("a stored vector is not " + AthleteVectors.DIMENSIONS + " floats");
        }
        ByteBuffer.wrap(stored).asFloatBuffer().get(target, offset, AthleteVectors.DIMENSIONS);
    }

    private static long single(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (var i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    long embedded(long athleteId, String model) {
        return jdbc.sql("SELECT count(*) FROM activity_embeddings WHERE athlete_id = ? AND model = ?")
                .params(athleteId, model).query(Long.class).single();
    }
}
