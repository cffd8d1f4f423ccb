package app.runaway.coach;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An analysis as the API shows it: every number computed by rules from the science core, every text from rules or
 * (when one is configured) an LLM that may only word it better. Distances and paces are in the athlete's units
 * where the name does not say metres or seconds. A part the focus did not ask for is null. {@code dataQuality} lists
 * the runs of the window left out of the evidence of fitness (VDOT, best efforts, paces by type, pace trends), with
 * the reason, whatever the focus: they still count in volume and load.
 */
public record CoachReport(LocalDate asOf, int timeframeDays, String focusArea, String units,
                          PerformanceMetrics performanceMetrics, GoalAssessment goalAssessment, PaceZones paceZones,
                          WorkoutPlan workoutPlan, Synthesis synthesis, List<SuspectActivity> dataQuality,
                          Map<String, String> sources) {

    // ---- evidence ----

    /**
     * A run left out of the evidence of fitness.
     *
     * @param reason    why, with its figures, in a sentence for the athlete
     * @param checks    the checks it failed (codes such as "paused", "impossible_pace", "excluded_by_athlete")
     * @param decidedBy "checks", or "athlete" when the athlete excluded it (PUT /api/activities/{id}/evidence
     *                  with "include" brings a run the checks left out back)
     */
    public record SuspectActivity(long activityId, Long stravaId, LocalDate date, String name, String reason,
                                  List<String> checks, String decidedBy) {
    }

    // ---- performance ----

    /**
     * @param lastRunDate      the athlete's last run up to the day of analysis, or null when there is none
     * @param daysSinceLastRun days from it to the day of analysis (0: ran that day)
     * @param sinceLastRun     the same in words, with the date: "4 years and 5 months (since Tuesday, 21 June 2022)"
     */
    public record PerformanceMetrics(double weeklyMileage, String distanceUnit, double currentWeek,
                                     Double fourWeekAverage, Double twelveWeekAverage, String avgPace,
                                     Double avgPaceSecondsPerKm, Double consistencyScore, String consistencyMethod,
                                     Trends trends, TrainingLoad trainingLoad, List<RunTypePace> paceByRunType,
                                     List<Effort> bestEfforts, int runsInWindow, double distanceInWindow,
                                     LocalDate lastRunDate, Long daysSinceLastRun, String sinceLastRun,
                                     String narrative) {
    }

    public record Trends(TrendLine mileage, TrendLine pace) {
    }

    /**
     * @param direction increasing, stable or decreasing (of the raw series; for pace, increasing s/km is slower)
     * @param verdict   the runner's reading: for pace improving, stable or declining; null for mileage
     */
    public record TrendLine(String direction, String verdict, Double slope, String slopeUnit, Double pValue,
                            int points, String basis) {
    }

    /**
     * @param acwr     mean daily load of the last 7 days over that of the last 28; 0 when the 28 days hold no load
     *                 at all (then {@code acwrNote} says so), since the existing client expects a number
     */
    public record TrainingLoad(double ctl, double atl, double tsb, double acwr, String acwrNote, String method,
                               double acuteDailyLoad, double chronicDailyLoad, String caveat) {
    }

    public record RunTypePace(String runType, int runs, double distance, String pace, double secondsPerKm) {
    }

    public record Effort(String distance, long activityId, Long stravaId, String name, LocalDate date, String time,
                         double timeS, String pace) {
    }

    // ---- goal ----

    public record GoalAssessment(Goal currentGoal, VdotSource vdot, List<Prediction> predictions, String feasibility,
                                 String feasibilityRule, Progress progress, List<String> recommendations,
                                 String narrative) {
    }

    /** @param status "upcoming", "past" (its race day is before the day of analysis: not planned toward), "undated" */
    public record Goal(String description, double distanceM, Integer targetTimeS, String targetTime,
                       LocalDate raceDate, String priority, String status) {
    }

    /**
     * The VDOT and the run it came from.
     *
     * @param basis    "race" (the best race of the window, preferred) or "hard_run" (no race: the best hard run)
     * @param rule     how it was chosen, in words
     * @param evidence the credible races and hard runs of the window it was chosen among, best five in that order
     */
    public record VdotSource(double value, long activityId, Long stravaId, String name, LocalDate date,
                             double distanceM, int timeS, String time, String basis, String rule,
                             List<VdotEffort> evidence) {
    }

    /** One race or hard run and the VDOT its distance and time are worth. */
    public record VdotEffort(long activityId, Long stravaId, String name, LocalDate date, String runType,
                             double distanceM, int timeS, String time, double vdot) {
    }

    /** Daniels' prediction; Riegel's from the same effort beside it as a cross-check. */
    public record Prediction(String distance, double distanceM, int timeS, String time, Integer riegelTimeS,
                             String riegelTime) {
    }

    public record Progress(Long daysToRace, Double requiredVdot, Double currentVdot, Double vdotGap,
                           Integer predictedTimeS, String predictedTime, Integer targetTimeS, Integer marginS) {
    }

    // ---- paces ----

    public record PaceZones(String easy, String tempo, String interval, String unit, List<Zone> zones,
                            List<HeartRateZone> heartRateZones, String heartRateSource, String paceAtHeartRate,
                            String basedOn, String narrative) {
    }

    /** Seconds per kilometre, fastest ({@code min_s_per_km}) to slowest, whatever the athlete's units. */
    public record Zone(String name, @JsonProperty("min_s_per_km") double minSPerKm,
                       @JsonProperty("max_s_per_km") double maxSPerKm, String pace) {
    }

    public record HeartRateZone(int zone, String name, int minBpm, int maxBpm) {
    }

    // ---- plan ----

    /**
     * @param thisWeekKind  what the week is for: build, down, taper, race, return (after illness, injury or a break
     *                      from running: easy only) or rest
     * @param thisWeekDone  what is already run this week, today included: this week's planned days add up to the
     *                      target less that
     * @param healthLimited whether illness or injury shapes this week or next: days of it fall in them, or a week is
     *                      a return from it (the plan's own decision, which the synthesis repeats)
     */
    public record WorkoutPlan(List<PlanDay> thisWeek, List<PlanDay> nextWeek, double thisWeekTarget,
                              double nextWeekTarget, String distanceUnit, List<String> reasoning, String thisWeekKind,
                              String nextWeekKind, double thisWeekDone, boolean healthLimited, String narrative) {
    }

    /**
     * @param type rest, easy, long, threshold, intervals, race, cross_training, or done (today's run, already run)
     * @param runs the day's runs in the athlete's unit: one, or two on an easy day split into a double
     */
    public record PlanDay(LocalDate date, String day, String type, double distance, double distanceM,
                          String paceTarget, String description, String purpose, List<Double> runs) {
    }

    // ---- synthesis ----

    public record Synthesis(String overallAssessment, List<String> priorities, List<String> actionItems) {
    }
}
