package app.runaway.athlete;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The athletes table. */
@Repository
public class Athletes {
    private final JdbcClient jdbc;

    Athletes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AthleteProfile> find(long id) {
        return jdbc.sql("SELECT * FROM athletes WHERE id = ?").param(id).query(Athletes::profile).optional();
    }

    public AthleteProfile get(long id) {
        return find(id).orElseThrow(() -> new IllegalStateException("athlete " + id + " does not exist"));
    }

    /**
     * Locks the athlete's row until the calling transaction ends; false when there is no such athlete. Every
     * read-modify-write of an athlete's own state (profile, health periods) takes this lock first, so simultaneous
     * changes, on one node or several, happen one after the other, each reading what the previous one wrote. A row
     * lock rather than an advisory lock: it needs no key space shared by convention, it is released with the
     * transaction whatever happens, and {@code FOR NO KEY UPDATE} leaves the row's foreign-key share locks free, so
     * storing activities, messages or jobs for the athlete never waits on it.
     */
    public boolean lockForChange(long id) {
        return jdbc.sql("SELECT id FROM athletes WHERE id = ? FOR NO KEY UPDATE").param(id).query(Long.class)
                .optional().isPresent();
    }

    public ZoneId timezoneOf(long id) {
        return get(id).timezone();
    }

    long create(String name, ZoneId timezone, boolean owner, boolean demo) {
        return jdbc.sql("""
                INSERT INTO athletes (name, timezone, is_owner, is_demo) VALUES (?, ?, ?, ?) RETURNING id""")
                .params(name, timezone.getId(), owner, demo)
                .query(Long.class)
                .single();
    }

    Optional<Long> owner() {
        return jdbc.sql("SELECT id FROM athletes WHERE is_owner").query(Long.class).optional();
    }

    Optional<Long> demo() {
        return jdbc.sql("SELECT id FROM athletes WHERE is_demo ORDER BY id LIMIT 1").query(Long.class).optional();
    }

    void update(AthleteProfile profile) {
        jdbc.sql("""
                UPDATE athletes SET name = ?, units = ?, timezone = ?, birth_year = ?, sex = ?, max_heartrate = ?,
                       resting_heartrate = ?, updated_at = now()
                 WHERE id = ?""")
                .params(profile.name(), profile.units().code(), profile.timezone().getId(), profile.birthYear(),
                        profile.sex(), profile.maxHeartrate(), profile.restingHeartrate(), profile.id())
                .update();
    }

    /** Whether PostgreSQL's own time-zone database knows a zone: local times are computed there. */
    boolean databaseKnowsZone(String zone) {
        return jdbc.sql("SELECT count(*) FROM pg_timezone_names WHERE name = ?").param(zone).query(Long.class)
                .single() > 0;
    }

    private static AthleteProfile profile(ResultSet rs, int row) throws SQLException {
        return new AthleteProfile(
                rs.getLong("id"),
                rs.getString("name"),
                Units.fromCode(rs.getString("units")),
                ZoneId.of(rs.getString("timezone")),
                (Integer) rs.getObject("birth_year"),
                rs.getString("sex"),
                (Integer) rs.getObject("max_heartrate"),
                (Integer) rs.getObject("resting_heartrate"));
    }
}
