package app.runaway.commitment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The commitments table; every query is bound to the athlete. */
@Repository
class Commitments {
    private final JdbcClient jdbc;

    Commitments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Commitment> between(long athleteId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT * FROM commitments WHERE athlete_id = ? AND day BETWEEN ? AND ? ORDER BY day, sport_type""")
                .params(athleteId, from, to)
                .query((rs, row) -> new Commitment(rs.getLong("id"), rs.getObject("day", LocalDate.class),
                        rs.getString("sport_type"), (Double) rs.getObject("target_distance_m"),
                        (Integer) rs.getObject("target_duration_s"), rs.getString("description")))
                .list();
    }

    void save(long athleteId, Commitment commitment) {
        jdbc.sql("""
                INSERT INTO commitments (athlete_id, day, sport_type, description, target_distance_m, target_duration_s)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (athlete_id, day, sport_type) DO UPDATE
                   SET description = EXCLUDED.description, target_distance_m = EXCLUDED.target_distance_m,
                       target_duration_s = EXCLUDED.target_duration_s""")
                .params(athleteId, commitment.day(), commitment.sportType(), commitment.description(),
                        commitment.targetDistanceM(), commitment.targetDurationS())
                .update();
    }

    boolean delete(long athleteId, LocalDate day, String sportType) {
        return jdbc.sql("DELETE FROM commitments WHERE athlete_id = ? AND day = ? AND sport_type = ?")
                .params(athleteId, day, sportType)
                .update() == 1;
    }

    /** Every commitment of the athlete, oldest first. */
    List<Commitment> all(long athleteId) {
        return between(athleteId, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
    }

    int deleteAll(long athleteId) {
        return jdbc.sql("DELETE FROM commitments WHERE athlete_id = ?").param(athleteId).update();
    }
}
