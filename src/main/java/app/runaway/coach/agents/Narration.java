package app.runaway.coach.agents;

import app.runaway.coach.CoachReport.GoalAssessment;
import app.runaway.coach.CoachReport.PaceZones;
import app.runaway.coach.CoachReport.PerformanceMetrics;
import app.runaway.coach.CoachReport.Synthesis;
import app.runaway.coach.CoachReport.WorkoutPlan;
import app.runaway.coach.FocusArea.Part;
import app.runaway.coach.Narrator;
import java.util.Map;

/**
 * Gives each part its narrative: the rules' text, replaced by the narrator's when it answers (it answers only with
 * text it has checked against the part's numbers), and records where each part's words came from.
 */
record Narration(Narrator narrator, String units, Map<String, String> sources) {

    PerformanceMetrics performance(PerformanceMetrics p) {
        var text = narrate(Part.PERFORMANCE, p, RuleNarratives.performance(p));
        return new PerformanceMetrics(p.weeklyMileage(), p.distanceUnit(), p.currentWeek(), p.fourWeekAverage(),
                p.twelveWeekAverage(), p.avgPace(), p.avgPaceSecondsPerKm(), p.consistencyScore(),
                p.consistencyMethod(), p.trends(), p.trainingLoad(), p.paceByRunType(), p.bestEfforts(),
                p.runsInWindow(), p.distanceInWindow(), p.lastRunDate(), p.daysSinceLastRun(), p.sinceLastRun(),
                text);
    }

    GoalAssessment goal(GoalAssessment g) {
        var text = narrate(Part.GOAL, g, RuleNarratives.goal(g));
        return new GoalAssessment(g.currentGoal(), g.vdot(), g.predictions(), g.feasibility(), g.feasibilityRule(),
                g.progress(), g.recommendations(), text);
    }

    PaceZones pace(PaceZones z) {
        var text = narrate(Part.PACE, z, RuleNarratives.pace(z));
        return new PaceZones(z.easy(), z.tempo(), z.interval(), z.unit(), z.zones(), z.heartRateZones(),
                z.heartRateSource(), z.paceAtHeartRate(), z.basedOn(), text);
    }

    WorkoutPlan workout(WorkoutPlan w) {
        var text = narrate(Part.WORKOUT, w, RuleNarratives.workout(w));
        return new WorkoutPlan(w.thisWeek(), w.nextWeek(), w.thisWeekTarget(), w.nextWeekTarget(), w.distanceUnit(),
                w.reasoning(), w.thisWeekKind(), w.nextWeekKind(), w.thisWeekDone(), w.healthLimited(), text);
    }

    Synthesis synthesis(Synthesis s) {
        var text = narrate(Part.SYNTHESIS, s, s.overallAssessment());
        return new Synthesis(text, s.priorities(), s.actionItems());
    }

    private String narrate(Part part, Object facts, String rules) {
        var narrative = narrator.narrate(part, facts, rules, units);
        sources.put(part.code(), narrative.isPresent() ? "llm" : "rules");
        return narrative.orElse(rules);
    }
}
