package app.runaway.analysis;

import app.runaway.activity.ActivitiesDeleted;
import app.runaway.activity.ActivitiesStored;
import app.runaway.activity.ActivityEvidenceChanged;
import app.runaway.athlete.AthleteProfileChanged;
import app.runaway.athlete.AthleteStatusChanged;
import app.runaway.athlete.AthleteTimezoneChanged;
import app.runaway.goal.GoalsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of each athlete's data (what analyses and chat answers read), raised in the same transaction as every change to them (the
 * listeners run synchronously inside the publisher's transaction), so that a cached analysis can never outlive
 * the data it was computed from, whichever node changed it.
 */
@Component
public class AnalysisVersions {
    private final JdbcClient jdbc;

    AnalysisVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current(long athleteId) {
        return jdbc.sql("SELECT version FROM analysis_versions WHERE athlete_id = ?").param(athleteId)
                .query(Long.class).optional().orElse(0L);
    }

    @EventListener
    void on(ActivitiesStored event) {
        raise(event.athleteId());
    }

    @EventListener
    void on(ActivitiesDeleted event) {
        raise(event.athleteId());
    }

    @EventListener
    void on(ActivityEvidenceChanged event) {
        raise(event.athleteId());
    }

    @EventListener
    void on(AthleteProfileChanged event) {
        raise(event.athleteId());
    }

    @EventListener
    void on(AthleteTimezoneChanged event) {
        raise(event.athleteId());
    }

    @EventListener
    void on(AthleteStatusChanged event) {
        raise(event.athleteId());
    }

    @EventListener
    void on(GoalsChanged event) {
        raise(event.athleteId());
    }

    /** Marks the athlete's data as changed: analyses and chat answers cached under the old version are not used. */
    public void raise(long athleteId) {
        jdbc.sql("""
                INSERT INTO analysis_versions (athlete_id, version) VALUES (?, 1)
                ON CONFLICT (athlete_id) DO UPDATE SET version = analysis_versions.version + 1""")
                .param(athleteId)
                .update();
    }
}
