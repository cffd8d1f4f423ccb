package app.runaway.activity;

import app.runaway.athlete.AthleteTimezoneChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Activities whose source gave no zone (a Strava export, a GPX) were placed in the athlete's zone; when the athlete
 * moves to another zone their local start times move with it, in the same transaction as the profile change.
 */
@Component
class LocalTimesFollowAthlete {
    private final JdbcClient jdbc;

    LocalTimesFollowAthlete(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AthleteTimezoneChanged change) {
        jdbc.sql("""
                UPDATE activities SET timezone = ?, start_date_local = start_date AT TIME ZONE ?, updated_at = now()
                 WHERE athlete_id = ? AND timezone_from_athlete""")
                .params(change.timezone().getId(), change.timezone().getId(), change.athleteId())
                .update();
    }
}
