package app.runaway.coach.agents;

import app.runaway.coach.CoachReport.GoalAssessment;
import app.runaway.coach.CoachReport.PerformanceMetrics;
import app.runaway.coach.CoachReport.PlanDay;
import app.runaway.coach.CoachReport.Synthesis;
import app.runaway.coach.CoachReport.WorkoutPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The few things that matter most, drawn from the other agents' results by explicit rules. */
final class SynthesisAgent {
    private static final int MOST_PRIORITIES = 3;

    private SynthesisAgent() {
    }

    static Synthesis run(CoachState state, PerformanceMetrics performance, GoalAssessment goal, WorkoutPlan plan) {
        return new Synthesis(assessment(state, performance, goal), priorities(performance, goal),
                actions(plan, goal));
    }

    private static String assessment(CoachState state, PerformanceMetrics performance, GoalAssessment goal) {
        var unit = performance.distanceUnit();
        var text = new StringBuilder(String.format(Locale.ROOT, "You are averaging %.1f %s a week over the last four "
                + "weeks (%s trend)", performance.weeklyMileage(), unit, performance.trends().mileage().direction()));
        if (performance.consistencyScore() != null) {
            text.append(String.format(Locale.ROOT, ", consistency %.2f of 1", performance.consistencyScore()));
        }
        text.append(". ");
        var load = performance.trainingLoad();
        if (load.ctl() > 0) {
            text.append(String.format(Locale.ROOT, "Fitness (CTL) is %.1f and form (TSB) %.1f: %s. ", load.ctl(),
                    load.tsb(), load.tsb() < -20 ? "carrying a lot of fatigue" : load.tsb() < -5
                            ? "carrying some fatigue, as training does" : load.tsb() > 10 ? "fresh, perhaps undertrained"
                            : "fresh enough to train well"));
        }
        if (goal.vdot() != null && goal.progress().predictedTime() != null && goal.currentGoal() != null) {
            text.append(String.format(Locale.ROOT, "Your VDOT of %.1f predicts %s for %s; the goal is %s.",
                    goal.vdot().value(), goal.progress().predictedTime(), goal.currentGoal().description(),
                    goal.feasibility()));
        } else if (goal.vdot() != null) {
            text.append(String.format(Locale.ROOT, "Your VDOT of %.1f (from %s on %s) sets your paces.",
                    goal.vdot().value(), goal.vdot().name(), goal.vdot().date()));
        } else {
            text.append("No race or hard run yet gives a VDOT, so paces are set by effort.");
        }
        if (!state.request().unavailable().isEmpty()) {
            text.append(" Illness or injury limits the plan.");
        }
        return text.toString().strip();
    }

    private static List<String> priorities(PerformanceMetrics performance, GoalAssessment goal) {
        var priorities = new ArrayList<String>();
        var load = performance.trainingLoad();
        var acwr = load.acwrNote() == null ? Double.valueOf(load.acwr()) : null;
        if (acwr != null && acwr > 1.3) {
            priorities.add(String.format(Locale.ROOT, "Load is rising fast (acute:chronic %.2f): hold volume steady "
                    + "for a week before building again.", acwr));
        } else if (acwr != null && acwr < 0.8 && performance.trainingLoad().ctl() > 0) {
            priorities.add(String.format(Locale.ROOT, "Training has dropped off (acute:chronic %.2f): rebuild "
                    + "gradually rather than jumping back to old volume.", acwr));
        }
        if (performance.consistencyScore() != null && performance.consistencyScore() < 0.5) {
            priorities.add("Consistency: run on your usual days every week; steady weeks beat big ones.");
        }
        switch (goal.feasibility()) {
            case "unlikely" -> priorities.add("Reset the goal to what your fitness predicts, or pick a later race.");
            case "stretch" -> priorities.add("Quality sessions toward the goal: threshold and intervals each week.");
            case "no_goal" -> priorities.add("Set a race goal so that training has a direction.");
            default -> { }
        }
        if (goal.vdot() == null) {
            priorities.add("Set a baseline: a 5 km time trial gives your VDOT and training paces.");
        }
        if (priorities.size() < MOST_PRIORITIES) {
            priorities.add("Keep most running easy (about 80 %) and build the aerobic base.");
        }
        return priorities.subList(0, Math.min(MOST_PRIORITIES, priorities.size()));
    }

    private static List<String> actions(WorkoutPlan plan, GoalAssessment goal) {
        var actions = new ArrayList<String>();
        var upcoming = new ArrayList<PlanDay>(plan.thisWeek());
        upcoming.addAll(plan.nextWeek());
        upcoming.stream().filter(d -> !d.type().equals("rest") && !d.type().equals("easy")).limit(3)
                .forEach(d -> actions.add(d.day() + " " + d.date() + ": " + d.description()
                        + (d.paceTarget() == null ? "" : " (" + d.paceTarget() + ")")));
        if (!goal.recommendations().isEmpty()) {
            actions.add(goal.recommendations().getFirst());
        }
        if (actions.isEmpty()) {
            actions.add("Rest and recover; the plan resumes when you are healthy.");
        }
        return actions;
    }
}
