package app.runaway.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The activity_embeddings table: one normalised vector per activity, with the summary and model that made it. */
@Repository
class EmbeddingStore {
    private final JdbcClient jdbc;

    EmbeddingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Embedded(long activityId, String summary, float[] vector) {
    }

    record StoredVector(long activityId, float[] vector) {
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
                INSERT INTO activity_embeddings (activity_id, athlete_id, model, summary, embedding, version)
                SELECT d.activity_id, ?, ?, d.summary, d.embedding::real[], ?
                  FROM unnest(?::bigint[], ?::text[], ?::text[]) AS d(activity_id, summary, embedding)
                  JOIN activities a ON a.id = d.activity_id AND a.athlete_id = ?
                ON CONFLICT (activity_id) DO UPDATE
                   SET model = excluded.model, summary = excluded.summary, embedding = excluded.embedding,
                       version = excluded.version, created_at = now()""")
                .params(athleteId, model, version,
                        rows.stream().map(Embedded::activityId).toArray(Long[]::new),
                        rows.stream().map(Embedded::summary).toArray(String[]::new),
                        rows.stream().map(row -> literal(row.vector())).toArray(String[]::new),
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

    /** The athlete's vectors written after {@code version} (all of them from version 0). */
    List<StoredVector> vectorsAfter(long athleteId, String model, long version) {
        return jdbc.sql("""
                SELECT activity_id, embedding FROM activity_embeddings
                 WHERE athlete_id = ? AND model = ? AND version > ?""")
                .params(athleteId, model, version)
                .query((rs, row) -> new StoredVector(rs.getLong(1), floats(rs)))
                .list();
    }

    long embedded(long athleteId, String model) {
        return jdbc.sql("SELECT count(*) FROM activity_embeddings WHERE athlete_id = ? AND model = ?")
                .params(athleteId, model).query(Long.class).single();
    }

    private static float[] floats(ResultSet rs) throws SQLException {
        Array array = rs.getArray(2);
        var boxed = (Float[]) array.getArray();
        var vector = new float[boxed.length];
        for (var i = 0; i < boxed.length; i++) {
            vector[i] = boxed[i];
        }
        return vector;
    }

    /** PostgreSQL array text: float's shortest exact decimal, so the stored real equals the float. */
    private static String literal(float[] vector) {
        var text = new StringBuilder(vector.length * 12).append('{');
        for (var i = 0; i < vector.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(Float.toString(vector[i]));
        }
        return text.append('}').toString();
    }
}
