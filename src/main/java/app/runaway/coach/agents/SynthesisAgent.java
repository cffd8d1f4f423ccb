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
        return new Synthesis(assessment(state, performance, goal, plan), priorities(performance, goal),
                actions(plan, goal));
    }

    private static String assessment(CoachState state, PerformanceMetrics performance, GoalAssessment goal,
                                     WorkoutPlan plan) {
        var unit = performance.distanceUnit();
        var text = new StringBuilder();
        var days = performance.daysSinceLastRun();
        if (days == null) {
            text.append("There are no runs in your history yet: the plan starts gently. ");
        } else if (days >= RETURN_DAYS) {
            text.append(String.format(Locale.ROOT, "You have not run for %s: the plan is a return to running, "
                    + "easy running only, %.1f %s this week. ", performance.sinceLastRun(), plan.thisWeekTarget(),
                    unit));
        } else if (days >= RuleNarratives.STALE_DAYS) {
            text.append("Your last run was ").append(performance.sinceLastRun()).append(". ");
        }
        if (days != null && days < RETURN_DAYS) {
            text.append(String.format(Locale.ROOT, "You are averaging %.1f %s a week over the last four weeks "
                    + "(%s trend)", performance.weeklyMileage(), unit, performance.trends().mileage().direction()));
            if (performance.consistencyScore() != null) {
                text.append(String.format(Locale.ROOT, ", consistency %.2f of 1", performance.consistencyScore()));
            }
            text.append(". ");
        }
        var load = performance.trainingLoad();
        if (load.ctl() > 0 && (days == null || days < RETURN_DAYS)) {
            text.append(String.format(Locale.ROOT, "Fitness (CTL) is %.1f and form (TSB) %.1f: %s. ", load.ctl(),
                    load.tsb(), load.tsb() < -20 ? "carrying a lot of fatigue" : load.tsb() < -5
                            ? "carrying some fatigue, as training does" : load.tsb() > 10 ? "fresh, perhaps undertrained"
                            : "fresh enough to train well"));
        }
        if (goal.vdot() != null && goal.progress().predictedTime() != null && goal.currentGoal() != null
                && !"past".equals(goal.feasibility())) {
            text.append(String.format(Locale.ROOT, "Your VDOT of %.1f predicts %s for %s; the goal is %s.",
                    goal.vdot().value(), goal.progress().predictedTime(), goal.currentGoal().description(),
                    goal.feasibility()));
        } else if (goal.vdot() != null) {
            text.append(String.format(Locale.ROOT, "Your VDOT of %.1f (from %s on %s) sets your paces.",
                    goal.vdot().value(), goal.vdot().name(), goal.vdot().date()));
        } else {
            text.append(String.format(Locale.ROOT, "No race or hard run in the last %d days gives a VDOT, so paces "
                    + "are set by effort.", state.request().timeframeDays()));
        }
        if (plan.healthLimited()) {
            text.append(" Illness or injury limits the plan.");
        }
        return text.toString().strip();
    }

    /** Two weeks without running make the plan a return to running (see the planner). */
    static final int RETURN_DAYS = 14;

    private static List<String> priorities(PerformanceMetrics performance, GoalAssessment goal) {
        var priorities = new ArrayList<String>();
        if (performance.daysSinceLastRun() != null && performance.daysSinceLastRun() >= RETURN_DAYS) {
            priorities.add("Come back gradually: easy running only until a few steady weeks are done, then quality "
                    + "sessions again.");
        }
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
            case "past" -> priorities.add("Your goal's race day has passed: set the next goal.");
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
        var key = upcoming.stream().filter(d -> !List.of("rest", "easy", "done", "cross_training").contains(d.type()))
                .limit(3).toList();
        if (key.isEmpty()) {
            // a return to running holds no key session: the next easy run is the thing to do
            key = upcoming.stream().filter(d -> d.type().equals("easy")).limit(1).toList();
        }
        key.forEach(d -> actions.add(d.day() + " " + d.date() + ": " + d.description()
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
