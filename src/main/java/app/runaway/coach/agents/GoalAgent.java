package app.runaway.coach.agents;

import app.runaway.coach.CoachReport.Goal;
import app.runaway.coach.CoachReport.GoalAssessment;
import app.runaway.coach.CoachReport.Prediction;
import app.runaway.coach.CoachReport.Progress;
import app.runaway.coach.CoachReport.VdotEffort;
import app.runaway.coach.CoachReport.VdotSource;
import app.runaway.coach.RaceGoal;
import app.runaway.coach.performance.RunType;
import app.runaway.coach.performance.VdotEvidence;
import app.runaway.coach.science.RaceDistance;
import app.runaway.coach.science.Riegel;
import app.runaway.coach.science.Vdot;
import app.runaway.coach.science.VdotEstimate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the goal is realistic: the athlete's VDOT from their best recent race or hard run, Daniels' predictions
 * (Riegel beside them as a cross-check), and feasibility against the VDOT the target needs.
 */
final class GoalAgent {
    /**
     * Focused training adds roughly one VDOT point a month for a while, and rarely more than about five in a training
     * cycle: a rule of thumb from Daniels' progressions, used only to sort a target into stretch or unlikely.
     */
    static final double VDOT_GAIN_PER_WEEK = 0.25;
    static final double MOST_VDOT_GAIN = 5;
    static final String FEASIBILITY_RULE = "achievable: the current VDOT already predicts the target time; stretch: "
            + "the VDOT the target needs is above the current one by no more than focused training usually adds by "
            + "race day (about 1 point per 4 weeks, at most 5; 12 weeks assumed without a date); unlikely: more than "
            + "that; unknown: no target time or no VDOT yet; past: the race day has passed (the goal is not planned "
            + "toward)";

    private GoalAgent() {
    }

    static GoalAssessment run(CoachState state) {
        var goal = state.request().goal();
        var vdot = state.evidence().bestVdot();
        var predictions = vdot.map(v -> predictions(v, goal, state.units())).orElse(List.of());
        var progress = progress(state, goal, vdot.orElse(null));
        var feasibility = feasibility(goal, progress);
        var candidates = state.evidence().vdotCandidates();
        return new GoalAssessment(goal == null ? null : goal(goal, state.request().asOf()),
                vdot.map(v -> source(v, candidates)).orElse(null), predictions, feasibility, FEASIBILITY_RULE, progress,
                recommendations(state, goal, vdot.orElse(null), progress, feasibility), null);
    }

    private static Goal goal(RaceGoal goal, java.time.LocalDate asOf) {
        return new Goal(goal.description(), goal.distanceM(), goal.targetTimeS(),
                goal.targetTimeS() == null ? null : CoachUnits.clock(goal.targetTimeS()), goal.raceDate(),
                goal.priority().name(), goal.raceDate() == null ? "undated" : isPast(goal, asOf) ? "past" : "upcoming");
    }

    /** A goal whose race day is before the day of analysis is history: marked past, never planned toward. */
    static boolean isPast(RaceGoal goal, java.time.LocalDate asOf) {
        return goal != null && goal.raceDate() != null && goal.raceDate().isBefore(asOf);
    }

    static final String VDOT_RULE = "the best race of the window when it holds one (a race is a maximal effort), "
            + "else its best hard run; credible runs only (see data_quality for those left out), from 1500 m up, "
            + "timed by moving time";
    private static final int EVIDENCE_SHOWN = 5;

    private static VdotSource source(VdotEvidence evidence, List<VdotEvidence> candidates) {
        return new VdotSource(CoachUnits.round(evidence.vdot().value(), 1), evidence.activityId(), evidence.stravaId(),
                evidence.name(), evidence.date(), evidence.distanceM(), evidence.movingTimeS(),
                CoachUnits.clock(evidence.movingTimeS()),
                evidence.runType() == RunType.RACE ? "race" : "hard_run", VDOT_RULE,
                candidates.stream().limit(EVIDENCE_SHOWN).map(c -> new VdotEffort(c.activityId(), c.stravaId(),
                        c.name(), c.date(), c.runType().code(), c.distanceM(), c.movingTimeS(),
                        CoachUnits.clock(c.movingTimeS()), CoachUnits.round(c.vdot().value(), 1))).toList());
    }

    private static List<Prediction> predictions(VdotEvidence evidence, RaceGoal goal, CoachUnits units) {
        var list = new ArrayList<Prediction>();
        for (var distance : RaceDistance.values()) {
            list.add(prediction(evidence, distance.code(), distance.metres()));
        }
        if (goal != null && list.stream().noneMatch(p -> Math.abs(p.distanceM() - goal.distanceM()) < 1)) {
            list.add(prediction(evidence, "goal", goal.distanceM()));
        }
        return list;
    }

    private static Prediction prediction(VdotEvidence evidence, String name, double metres) {
        var daniels = (int) Math.round(evidence.vdot().raceSeconds(metres));
        var riegel = (int) Math.round(Riegel.predict(evidence.distanceM(), evidence.movingTimeS(), metres).seconds());
        return new Prediction(name, metres, daniels, CoachUnits.clock(daniels), riegel, CoachUnits.clock(riegel));
    }

    private static Progress progress(CoachState state, RaceGoal goal, VdotEvidence vdot) {
        if (goal == null) {
            return new Progress(null, null, vdot == null ? null : CoachUnits.round(vdot.vdot().value(), 1), null,
                    null, null, null, null);
        }
        var days = goal.raceDate() == null ? null : ChronoUnit.DAYS.between(state.request().asOf(), goal.raceDate());
        Double required = null;
        if (goal.targetTimeS() != null && VdotEstimate.fromRace(goal.distanceM(), goal.targetTimeS()) instanceof Vdot v) {
            required = CoachUnits.round(v.value(), 1);
        }
        Double current = vdot == null ? null : CoachUnits.round(vdot.vdot().value(), 1);
        Integer predicted = vdot == null ? null : (int) Math.round(vdot.vdot().raceSeconds(goal.distanceM()));
        return new Progress(days, required, current,
                required == null || current == null ? null : CoachUnits.round(required - current, 1),
                predicted, predicted == null ? null : CoachUnits.clock(predicted), goal.targetTimeS(),
                predicted == null || goal.targetTimeS() == null ? null : goal.targetTimeS() - predicted);
    }

    private static String feasibility(RaceGoal goal, Progress progress) {
        if (goal == null) {
            return "no_goal";
        }
        if (progress.daysToRace() != null && progress.daysToRace() < 0) {
            return "past";
        }
        if (progress.vdotGap() == null) {
            return "unknown";
        }
        if (progress.vdotGap() <= 0) {
            return "achievable";
        }
        var weeks = progress.daysToRace() == null ? 12 : Math.max(0, progress.daysToRace()) / 7.0;
        var reachable = Math.min(MOST_VDOT_GAIN, weeks * VDOT_GAIN_PER_WEEK);
        return progress.vdotGap() <= reachable ? "stretch" : "unlikely";
    }

    private static List<String> recommendations(CoachState state, RaceGoal goal, VdotEvidence vdot, Progress progress,
                                                String feasibility) {
        var units = state.units();
        var advice = new ArrayList<String>();
        if (vdot == null) {
            advice.add("Run a 5 km time trial or a race: it sets your VDOT, and with it your predictions and "
                    + "training paces.");
        }
        if (goal == null) {
            advice.add("Set a goal (for example 'Half marathon under 1:50 on 2027-05-02') so that the plan can "
                    + "build toward it.");
            return advice;
        }
        if (feasibility.equals("past")) {
            advice.add("The race date has passed: mark the goal achieved or abandoned and set the next one; the plan "
                    + "no longer builds toward it.");
            return advice;
        }
        switch (feasibility) {
            case "achievable" -> advice.add("Your current fitness already predicts " + progress.predictedTime()
                    + " against the target " + CoachUnits.clock(goal.targetTimeS()) + ": keep training consistently "
                    + "and practise goal pace (" + units.pace(goal.targetTimeS() / (goal.distanceM() / 1000))
                    + ") in parts of long runs.");
            case "stretch" -> advice.add(String.format(Locale.ROOT, "The target needs VDOT %.1f against your "
                    + "%.1f: reachable with two quality sessions a week (threshold and intervals) and a steadily "
                    + "growing long run.", progress.requiredVdot(), progress.currentVdot()));
            case "unlikely" -> advice.add(String.format(Locale.ROOT, "The target needs VDOT %.1f against your %.1f, "
                    + "more than training usually adds by race day: consider a target near %s (what your fitness "
                    + "predicts), or a later race.", progress.requiredVdot(), progress.currentVdot(),
                    progress.predictedTime()));
            default -> {
                if (goal.targetTimeS() == null) {
                    advice.add("No target time: the plan aims at finishing strong; add a target to get a pace.");
                }
            }
        }
        var weekly = state.evidence().weeklyVolume().fourWeekAverageM();
        if (goal.distanceM() >= 40_000 && weekly.orElse(0) < 40_000) {
            advice.add("Marathon training usually rests on 40-60 km a week or more; build weekly distance by about "
                    + "10 % a week with a down week every 3-4 weeks.");
        }
        if (progress.daysToRace() != null && progress.daysToRace() >= 0 && progress.daysToRace() <= 14) {
            advice.add("Race day is close: cut volume (about 40-60 % over the last two weeks for an A race) but "
                    + "keep some race-pace running; no new training stimulus now.");
        }
        return advice;
    }
}
