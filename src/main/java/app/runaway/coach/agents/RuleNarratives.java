package app.runaway.coach.agents;

import app.runaway.coach.CoachReport.GoalAssessment;
import app.runaway.coach.CoachReport.PaceZones;
import app.runaway.coach.CoachReport.PerformanceMetrics;
import app.runaway.coach.CoachReport.WorkoutPlan;
import java.util.Locale;

/** The plain narrative each part carries when no LLM words it: one or two sentences built from its own numbers. */
final class RuleNarratives {
    private RuleNarratives() {
    }

    static String performance(PerformanceMetrics p) {
        var load = p.trainingLoad();
        if (p.lastRunDate() == null) {
            return "No runs yet: nothing to measure.";
        }
        var gap = p.daysSinceLastRun() >= STALE_DAYS ? "No runs for " + p.sinceLastRun() + ". " : "";
        if (p.weeklyMileage() == 0 && p.currentWeek() == 0) {
            return gap + String.format(Locale.ROOT, "Fitness (CTL) %.1f, fatigue (ATL) %.1f.", load.ctl(),
                    load.atl());
        }
        return gap + String.format(Locale.ROOT, "%.1f %s a week on average over the last four weeks (%.1f this "
                        + "week), weekly distance %s. Fitness (CTL) %.1f, fatigue (ATL) %.1f, form (TSB) %.1f.",
                p.weeklyMileage(), p.distanceUnit(), p.currentWeek(), p.trends().mileage().direction(), load.ctl(),
                load.atl(), load.tsb());
    }

    /** A week without running is worth saying; two weeks make the plan a return to running. */
    static final int STALE_DAYS = 7;

    static String goal(GoalAssessment g) {
        if (g.vdot() == null) {
            return "No race or hard run in the analysed days gives a VDOT, so no prediction can be made.";
        }
        var text = String.format(Locale.ROOT, "VDOT %.1f, from %s on %s.", g.vdot().value(), g.vdot().name(),
                g.vdot().date());
        if (g.currentGoal() != null && g.progress().predictedTime() != null) {
            text += " It predicts " + g.progress().predictedTime() + " for " + g.currentGoal().description()
                    + ": " + g.feasibility() + ".";
        }
        return text;
    }

    static String pace(PaceZones z) {
        if (z.easy() == null) {
            return "Without a VDOT, train by effort: easy runs at conversational pace.";
        }
        return "Easy runs at " + z.easy() + " " + z.unit() + ", tempo at " + z.tempo() + ", intervals at "
                + z.interval() + ".";
    }

    static String workout(WorkoutPlan w) {
        return w.reasoning().isEmpty() ? "" : w.reasoning().getFirst();
    }
}
