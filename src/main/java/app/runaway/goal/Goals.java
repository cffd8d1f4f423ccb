package app.runaway.goal;

import app.runaway.coach.RaceGoal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The goals table; every query is bound to the athlete. */
@Repository
public class Goals {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Goals(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Goal> list(long athleteId, Goal.GoalStatus status) {
        return jdbc.sql("""
                SELECT * FROM goals WHERE athlete_id = ? AND (?::text IS NULL OR status = ?)
                 ORDER BY race_date NULLS LAST, id""")
                .params(athleteId, status == null ? null : status.code(), status == null ? null : status.code())
                .query(Goals::goal)
                .list();
    }

    /** The goal the coach plans for: the nearest active race still ahead, else the most recent active goal. */
    public Optional<Goal> current(long athleteId, LocalDate today) {
        return jdbc.sql("""
                SELECT * FROM goals WHERE athlete_id = ? AND status = 'active'
                 ORDER BY (race_date IS NOT NULL AND race_date >= ?) DESC, race_date ASC NULLS LAST, id DESC
                 LIMIT 1""")
                .params(athleteId, today)
                .query(Goals::goal)
                .optional();
    }

    public Optional<Goal> find(long athleteId, long id) {
        return jdbc.sql("SELECT * FROM goals WHERE athlete_id = ? AND id = ?").params(athleteId, id)
                .query(Goals::goal).optional();
    }

    /**
     * The goal, its row locked until the calling transaction ends: a change reads the goal and writes it whole, so
     * two simultaneous changes of different fields would otherwise each write back the other's old value. A row lock
     * on the one goal changed (rather than the athlete's) lets changes of different goals run side by side.
     */
    Optional<Goal> findForChange(long athleteId, long id) {
        return jdbc.sql("SELECT * FROM goals WHERE athlete_id = ? AND id = ? FOR NO KEY UPDATE").params(athleteId, id)
                .query(Goals::goal).optional();
    }

    long insert(long athleteId, RaceGoal race) {
        events.publishEvent(new GoalsChanged(athleteId));
        return jdbc.sql("""
                INSERT INTO goals (athlete_id, description, race_distance_m, target_time_s, race_date, priority)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(athleteId, race.description(), race.distanceM(), race.targetTimeS(), race.raceDate(),
                        race.priority().name())
                .query(Long.class)
                .single();
    }

    void update(Goal goal) {
        events.publishEvent(new GoalsChanged(goal.athleteId()));
        var race = goal.race();
        jdbc.sql("""
                UPDATE goals SET description = ?, race_distance_m = ?, target_time_s = ?, race_date = ?, priority = ?,
                                 status = ?, updated_at = now()
                 WHERE athlete_id = ? AND id = ?""")
                .params(race.description(), race.distanceM(), race.targetTimeS(), race.raceDate(),
                        race.priority().name(), goal.status().code(), goal.athleteId(), goal.id())
                .update();
    }

    boolean delete(long athleteId, long id) {
        var deleted = jdbc.sql("DELETE FROM goals WHERE athlete_id = ? AND id = ?").params(athleteId, id).update() == 1;
        if (deleted) {
            events.publishEvent(new GoalsChanged(athleteId));
        }
        return deleted;
    }

    /** Deletes every goal of the athlete; answers how many. */
    int deleteAll(long athleteId) {
        var deleted = jdbc.sql("DELETE FROM goals WHERE athlete_id = ?").param(athleteId).update();
        events.publishEvent(new GoalsChanged(athleteId));
        return deleted;
    }

    private static Goal goal(ResultSet rs, int row) throws SQLException {
        var race = new RaceGoal(rs.getString("description"), rs.getDouble("race_distance_m"),
                (Integer) rs.getObject("target_time_s"), rs.getObject("race_date", LocalDate.class),
                RaceGoal.Priority.valueOf(rs.getString("priority")));
        return new Goal(rs.getLong("id"), rs.getLong("athlete_id"), race,
                Goal.GoalStatus.fromCode(rs.getString("status")));
    }
}
