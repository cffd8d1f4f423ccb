package app.runaway.chat;

import app.runaway.analysis.AnalysisVersions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What the assistant has learnt about an athlete in conversation: facts the athlete can read and delete. */
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

    Fact remember(long athleteId, String kind, String text) {
        var fact = new Fact(UUID.randomUUID().toString(), kind, text, Instant.now());
        var facts = new ArrayList<>(facts(athleteId));
        facts.add(fact);
        save(athleteId, facts.subList(Math.max(0, facts.size() - MOST_FACTS), facts.size()));
        return fact;
    }

    boolean forget(long athleteId, String factId) {
        var facts = new ArrayList<>(facts(athleteId));
        var removed = facts.removeIf(f -> f.id().equals(factId));
        if (removed) {
            save(athleteId, facts);
        }
        return removed;
    }

    void forgetAll(long athleteId) {
        save(athleteId, List.of());
    }

    /** Saves the facts and raises the athlete's data version: a cached answer may rest on the old memory. */
    private void save(long athleteId, List<Fact> facts) {
        versions.raise(athleteId);
        jdbc.sql("""
                INSERT INTO athlete_ai_profiles (athlete_id, memory, updated_at) VALUES (?, ?::jsonb, now())
                ON CONFLICT (athlete_id) DO UPDATE SET memory = EXCLUDED.memory, updated_at = now()""")
                .params(athleteId, json.writeValueAsString(facts))
                .update();
    }
}
