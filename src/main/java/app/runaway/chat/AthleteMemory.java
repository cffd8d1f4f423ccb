package app.runaway.chat;

import app.runaway.analysis.AnalysisVersions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the assistant has learnt about an athlete in conversation: facts the athlete can read and delete. Each change
 * raises the athlete's data version in the same transaction: a cached answer may rest on the old memory, and no
 * reader sees the new version before the new memory.
 */
@Repository
public class AthleteMemory {
    private static final int MOST_FACTS = 200;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AnalysisVersions versions;

    AthleteMemory(JdbcClient jdbc, JsonMapper json, AnalysisVersions versions) {
        this.jdbc = jdbc;
        this.json = json;
        this.versions = versions;
    }

    /** One remembered fact; {@code kind} is injury, illness, recovery, preference or note. */
    public record Fact(String id, String kind, String text, Instant learnedAt) {
    }

    public List<Fact> facts(long athleteId) {
        return jdbc.sql("SELECT memory::text FROM athlete_ai_profiles WHERE athlete_id = ?").param(athleteId)
                .query(String.class).optional()
                .map(text -> json.readValue(text, new TypeReference<List<Fact>>() { }))
                .orElse(List.of());
    }

    /**
     * Adds a fact, keeping the newest {@value #MOST_FACTS}. One statement reads and writes the list: the upsert locks
     * the athlete's row and computes the new list from the row as it is then, so simultaneous facts all stay (a read
     * in Java followed by a write lost some of them).
     */
    @Transactional
    Fact remember(long athleteId, String kind, String text) {
        var fact = new Fact(UUID.randomUUID().toString(), kind, text, Instant.now());
        jdbc.sql("""
                INSERT INTO athlete_ai_profiles (athlete_id, memory, updated_at)
                VALUES (:athlete, jsonb_build_array(:fact::jsonb), now())
                ON CONFLICT (athlete_id) DO UPDATE
                   SET memory = (SELECT coalesce(jsonb_agg(kept.fact ORDER BY kept.position), '[]'::jsonb)
                                   FROM jsonb_array_elements(athlete_ai_profiles.memory || EXCLUDED.memory)
                                        WITH ORDINALITY AS kept(fact, position)
                                  WHERE kept.position > jsonb_array_length(athlete_ai_profiles.memory) + 1 - :most),
                       updated_at = now()""")
                .param("athlete", athleteId)
                .param("fact", json.writeValueAsString(fact))
                .param("most", MOST_FACTS)
                .update();
        versions.raise(athleteId);
        return fact;
    }

    /** Forgets one fact; false when there was none with that id. One statement, like {@link #remember}. */
    @Transactional
    boolean forget(long athleteId, String factId) {
        var removed = jdbc.sql("""
                UPDATE athlete_ai_profiles
                   SET memory = (SELECT coalesce(jsonb_agg(kept.fact ORDER BY kept.position), '[]'::jsonb)
                                   FROM jsonb_array_elements(memory) WITH ORDINALITY AS kept(fact, position)
                                  WHERE kept.fact ->> 'id' IS DISTINCT FROM :fact),
                       updated_at = now()
                 WHERE athlete_id = :athlete AND memory @> jsonb_build_array(jsonb_build_object('id', :fact))""")
                .param("athlete", athleteId)
                .param("fact", factId)
                .update() == 1;
        if (removed) {
            versions.raise(athleteId);
        }
        return removed;
    }

    @Transactional
    void forgetAll(long athleteId) {
        jdbc.sql("UPDATE athlete_ai_profiles SET memory = '[]'::jsonb, updated_at = now() WHERE athlete_id = ?")
                .param(athleteId)
                .update();
        versions.raise(athleteId);
    }
}
