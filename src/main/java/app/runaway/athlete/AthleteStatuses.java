package app.runaway.athlete;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** When the athlete was or is ill or injured: a hard limit for the coach's plan. */
@Repository
public class AthleteStatuses {
    private final JdbcClient jdbc;
    private final Athletes athletes;
    private final ApplicationEventPublisher events;

    AthleteStatuses(JdbcClient jdbc, Athletes athletes, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.athletes = athletes;
        this.events = events;
    }

    /** The athlete's periods, newest first. */
    public List<StatusPeriod> periods(long athleteId) {
        return jdbc.sql("SELECT * FROM athlete_status_periods WHERE athlete_id = ? ORDER BY starts_on DESC, id DESC")
                .param(athleteId)
                .query((rs, row) -> new StatusPeriod(rs.getLong("id"), rs.getString("status"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getString("note")))
                .list();
    }

    /** Deletes every period of the athlete (all their data going). */
    void deleteAll(long athleteId) {
        jdbc.sql("DELETE FROM athlete_status_periods WHERE athlete_id = ?").param(athleteId).update();
        events.publishEvent(new AthleteStatusChanged(athleteId));
    }

    /**
     * A new period of illness or injury; an open one it overlaps ends the day before it starts. Ending the periods
     * and adding the new one read what is stored, so the athlete's row is locked first: two simultaneous changes
     * would otherwise both see no period from that day, and the second one's end date would fall before its own
     * start (the check constraint's 500s).
     */
    @Transactional
    public void begin(long athleteId, String status, LocalDate from, LocalDate until, String note) {
        athletes.lockForChange(athleteId);
        // a period that began that very day is replaced: the new one carries on from the same day
        endOpenPeriods(athleteId, from, false);
        jdbc.sql("""
                INSERT INTO athlete_status_periods (athlete_id, status, starts_on, ends_on, note)
                VALUES (?, ?, ?, ?, ?)""")
                .params(athleteId, status, from, until, note)
                .update();
        events.publishEvent(new AthleteStatusChanged(athleteId));
    }

    /** Healthy again from this day: whatever period is open or still running ends the day before. */
    @Transactional
    public void recover(long athleteId, LocalDate from) {
        athletes.lockForChange(athleteId);
        endOpenPeriods(athleteId, from, true);
        events.publishEvent(new AthleteStatusChanged(athleteId));
    }

    /**
     * Ends the periods still running on {@code from}. A period that had not started yet by then simply goes. One
     * that began that very day is kept when the athlete recovers ({@code keepSameDay}), ending the day before it
     * began: it covers no day, yet the coach still eases the athlete back in after it; a new period that day replaces
     * it instead.
     */
    private void endOpenPeriods(long athleteId, LocalDate from, boolean keepSameDay) {
        jdbc.sql("DELETE FROM athlete_status_periods WHERE athlete_id = ? AND starts_on " + (keepSameDay ? ">" : ">=")
                        + " ?")
                .params(athleteId, from)
                .update();
        jdbc.sql("""
                UPDATE athlete_status_periods SET ends_on = ?::date - 1
                 WHERE athlete_id = ? AND (ends_on IS NULL OR ends_on >= ?)""")
                .params(from, athleteId, from)
                .update();
    }
}
