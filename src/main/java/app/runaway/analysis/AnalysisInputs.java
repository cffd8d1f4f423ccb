package app.runaway.analysis;

import app.runaway.activity.Activity;
import app.runaway.activity.ActivityReader;
import app.runaway.activity.Withholding;
import app.runaway.athlete.AthleteProfile;
import app.runaway.athlete.AthleteStatuses;
import app.runaway.coach.AthleteSnapshot;
import app.runaway.coach.FocusArea;
import app.runaway.coach.CoachRequest;
import app.runaway.coach.EvidenceChoice;
import app.runaway.coach.RaceGoal;
import app.runaway.coach.RunSample;
import app.runaway.coach.Unavailability;
import app.runaway.goal.Goals;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Gathers what the coach needs for one athlete: the profile, activities up to the as-of day (the window plus two
 * years before it: fitness and weekly averages settle within months, and the evidence review judges each run
 * against the year around it, whose runs are judged against theirs), the goal and illness or injury periods.
 */
@Component
class AnalysisInputs {
    static final int SETTLING_DAYS = 2 * 365;
    /** The habits and volume before a break are read from the eight weeks up to its last run. */
    static final int BEFORE_A_BREAK_DAYS = 8 * 7;

    private final ActivityReader activities;
    private final Goals goals;
    private final AthleteStatuses statuses;

    AnalysisInputs(ActivityReader activities, Goals goals, AthleteStatuses statuses) {
        this.activities = activities;
        this.goals = goals;
        this.statuses = statuses;
    }

    CoachRequest gather(AthleteProfile profile, LocalDate asOf, int timeframeDays, FocusArea focus, RaceGoal goal,
                        Withholding withholding) {
        var from = asOf.minusDays(timeframeDays + SETTLING_DAYS);
        var lastRun = activities.lastDayOf(profile.id(), RunSample.RUNNING, asOf, withholding);
        if (lastRun.isPresent() && lastRun.get().isBefore(from)) {
            // a runner back after a long break: the runs before it tell when it began and what to return to
            from = lastRun.get().minusDays(BEFORE_A_BREAK_DAYS);
        }
        var history = activities.between(profile.id(), from, asOf, withholding).stream().map(AnalysisInputs::sample).toList();
        var race = goal != null ? goal : goals.current(profile.id(), asOf).map(g -> g.race()).orElse(null);
        var unavailable = statuses.periods(profile.id()).stream()
                .map(p -> new Unavailability(p.status(), p.startsOn(), p.endsOn())).toList();
        return new CoachRequest(snapshot(profile), history, race, asOf, timeframeDays, focus, unavailable);
    }

    /** What the coach knows of the athlete besides the activities. */
    static AthleteSnapshot snapshot(AthleteProfile profile) {
        return new AthleteSnapshot(profile.sex(), profile.birthYear(), profile.maxHeartrate(),
                profile.restingHeartrate(), profile.units().code());
    }

    /** The athlete's activities between two local days (null: unbounded), as the coach reads them. */
    List<RunSample> runs(long athleteId, LocalDate from, LocalDate to, Withholding withholding) {
        return activities.between(athleteId, from == null ? LocalDate.of(1900, 1, 1) : from,
                to == null ? LocalDate.of(9999, 12, 30) : to, withholding).stream().map(AnalysisInputs::sample)
                .toList();
    }

    private static RunSample sample(Activity a) {
        return new RunSample(a.id(), a.stravaId(), a.name(), a.sportType(),
                a.workoutType() == null ? null : a.workoutType().code(), a.startDate(),
                a.startDateLocal().toLocalDate(), a.distanceM(), a.movingTimeS(), a.elapsedTimeS(),
                a.averageHeartrate(), a.maxHeartrate(), a.elevationGainM(), a.maxSpeedMps(), a.description(),
                switch (a.evidence()) {
                    case AUTO -> EvidenceChoice.AUTO;
                    case INCLUDE -> EvidenceChoice.INCLUDE;
                    case EXCLUDE -> EvidenceChoice.EXCLUDE;
                });
    }
}
