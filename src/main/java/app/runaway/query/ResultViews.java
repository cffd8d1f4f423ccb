package app.runaway.query;

import app.runaway.activity.Activity;
import app.runaway.activity.ActivityTotals;
import app.runaway.activity.Durations;
import app.runaway.athlete.Units;
import app.runaway.coach.CoachReport;
import app.runaway.goal.Goal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A query's result as plain data in the athlete's units, with the unit in every field name ({@code distance_km} or
 * {@code distance_mi}, {@code moving_time_s}, {@code climb_m} or {@code climb_ft}, {@code avg_hr_bpm}): what a model
 * reads from a tool call, what the MCP server returns, and the facts every figure of an answer is checked against.
 * Derived figures (per week, per activity, differences) are computed here, once, so that no surface has to compute
 * them on its own.
 */
public final class ResultViews {
    private static final int DESCRIPTION_CHARS = 100;

    private ResultViews() {
    }

    public static Map<String, Object> of(QueryResult result, Units units) {
        return switch (result) {
            case QueryResult.Found r -> found(r, units);
            case QueryResult.Summed r -> summed(r, units);
            case QueryResult.Compared r -> compared(r, units);
            case QueryResult.Ranked r -> ranked(r, units);
            case QueryResult.Records r -> records(r, units);
            case QueryResult.Recalled r -> Map.of("activities", r.activities().stream().map(a -> activity(a, units))
                    .toList());
            case QueryResult.CoachAnswered r -> CoachViews.of(r.query().topic(), r.report());
            case QueryResult.Goals r -> Map.of("goals", r.goals().stream().map(g -> goal(g, units)).toList());
        };
    }

    private static Map<String, Object> found(QueryResult.Found r, Units units) {
        var view = new LinkedHashMap<String, Object>();
        view.put("matching", r.matching());
        view.put("activities", r.activities().stream().map(a -> activity(a, units)).toList());
        return view;
    }

    private static Map<String, Object> summed(QueryResult.Summed r, Units units) {
        var view = new LinkedHashMap<String, Object>();
        view.put("from", r.days().from().toString());
        view.put("to", r.days().to().toString());
        view.put("days", r.days().days());
        view.putAll(totals(r.total(), units));
        var total = r.total();
        if (total.count() > 0) {
            var perActivity = new LinkedHashMap<String, Object>();
            perActivity.put(distanceKey(units), round(distance(total.distanceM(), units) / total.count(), 2));
            perActivity.put("moving_time_s", Math.round((double) total.movingTimeS() / total.count()));
            perActivity.put("moving_time", Durations.clock(Math.round((double) total.movingTimeS() / total.count())));
            if (total.withElevation() > 0) {
                perActivity.put(climbKey(units), Math.round(climb(total.elevationGainM(), units)
                        / total.withElevation()));
            }
            if (total.withCalories() > 0) {
                perActivity.put("calories_kcal", Math.round(total.calories() / total.withCalories()));
            }
            view.put("per_activity", perActivity);
        }
        view.put("weeks", round(r.weeks(), 1));
        view.put("per_week", perPeriod(total, r.weeks(), units));
        view.put("months", round(r.months(), 1));
        view.put("per_month", perPeriod(total, r.months(), units));
        if (!r.buckets().isEmpty()) {
            view.put("by_" + bucketName(r.query().groupBy()), r.buckets().stream().map(b -> bucket(b, units))
                    .toList());
        }
        return view;
    }

    private static Map<String, Object> perPeriod(ActivityTotals total, double periods, Units units) {
        var view = new LinkedHashMap<String, Object>();
        if (periods <= 0) {
            return view;
        }
        view.put("count", round(total.count() / periods, 1));
        view.put(distanceKey(units), round(distance(total.distanceM(), units) / periods, 2));
        var seconds = Math.round(total.movingTimeS() / periods);
        view.put("moving_time_s", seconds);
        view.put("moving_time", Durations.clock(seconds));
        if (total.withElevation() > 0) {
            view.put(climbKey(units), Math.round(climb(total.elevationGainM(), units) / periods));
        }
        view.put("days_active", round(total.daysActive() / periods, 1));
        if (total.withCalories() > 0) {
            view.put("calories_kcal", Math.round(total.calories() / periods));
        }
        return view;
    }

    private static Map<String, Object> compared(QueryResult.Compared r, Units units) {
        var view = new LinkedHashMap<String, Object>();
        var first = totals(r.first(), units);
        first.put("from", r.query().first().from() == null ? null : r.query().first().from().toString());
        first.put("to", r.query().first().to() == null ? null : r.query().first().to().toString());
        var second = totals(r.second(), units);
        second.put("from", r.query().second().from() == null ? null : r.query().second().from().toString());
        second.put("to", r.query().second().to() == null ? null : r.query().second().to().toString());
        view.put("first", first);
        view.put("second", second);
        var difference = new LinkedHashMap<String, Object>();
        difference.put("count", r.first().count() - r.second().count());
        difference.put(distanceKey(units), round(distance(r.first().distanceM() - r.second().distanceM(), units), 2));
        difference.put("moving_time", Durations.clock(Math.abs(r.first().movingTimeS() - r.second().movingTimeS())));
        difference.put("moving_time_s", r.first().movingTimeS() - r.second().movingTimeS());
        if (r.first().withElevation() > 0 || r.second().withElevation() > 0) {
            difference.put(climbKey(units), Math.round(climb(r.first().elevationGainM() - r.second().elevationGainM(),
                    units)));
        }
        if (r.second().distanceM() > 0) {
            difference.put("distance_percent", round(100 * (r.first().distanceM() - r.second().distanceM())
                    / r.second().distanceM(), 0));
        }
        if (r.second().count() > 0) {
            difference.put("count_percent", round(100.0 * (r.first().count() - r.second().count())
                    / r.second().count(), 0));
        }
        if (r.second().movingTimeS() > 0) {
            difference.put("moving_time_percent", round(100.0 * (r.first().movingTimeS() - r.second().movingTimeS())
                    / r.second().movingTimeS(), 0));
        }
        var firstPace = r.first().secondsPerKm();
        var secondPace = r.second().secondsPerKm();
        if (firstPace.isPresent() && secondPace.isPresent()) {
            difference.put("pace_s_per_" + units.distanceUnit(), Math.round(Math.abs(firstPace.getAsDouble()
                    - secondPace.getAsDouble()) * units.metresPerUnit() / 1000));
        }
        view.put("difference", difference);
        return view;
    }

    private static Map<String, Object> ranked(QueryResult.Ranked r, Units units) {
        var view = new LinkedHashMap<String, Object>();
        view.put("from", r.days().from().toString());
        view.put("to", r.days().to().toString());
        view.put("ranked_by", r.query().measure().code());
        view.put("order", r.query().highest() ? "highest first" : "lowest first");
        view.put(bucketName(r.query().bucket()) + "s_with_activities", r.bucketsWithValue());
        view.put("top", r.top().stream().map(b -> bucket(b, units)).toList());
        return view;
    }

    private static Map<String, Object> records(QueryResult.Records r, Units units) {
        var view = new LinkedHashMap<String, Object>();
        for (var effort : r.efforts()) {
            var record = new LinkedHashMap<String, Object>();
            record.put("time_at_that_pace", Durations.clock(Math.round(effort.raceTimeS())));
            record.put("time_s", Math.round(effort.raceTimeS()));
            var run = r.run(effort.activityId());
            if (run != null) {
                record.put("run", activity(run, units));
            }
            view.put(effort.race(), record);
        }
        if (r.longest() != null) {
            view.put("longest_run", activity(r.longest(), units));
        }
        return view;
    }

    // ---- pieces ----

    /** Count, distance, time, pace, climb, heart rate and calories of a set of activities. */
    public static Map<String, Object> totals(ActivityTotals totals, Units units) {
        var view = new LinkedHashMap<String, Object>();
        view.put("count", totals.count());
        view.put(distanceKey(units), round(distance(totals.distanceM(), units), 2));
        view.put("moving_time_s", totals.movingTimeS());
        view.put("moving_time", Durations.clock(totals.movingTimeS()));
        totals.secondsPerKm().ifPresent(pace -> view.put("pace_per_" + units.distanceUnit(),
                paceClock(pace, units)));
        if (totals.withElevation() > 0) {
            view.put(climbKey(units), Math.round(climb(totals.elevationGainM(), units)));
            view.put("with_climb", totals.withElevation());
        }
        totals.averageHeartrate().ifPresent(hr -> {
            view.put("avg_hr_bpm", Math.round(hr));
            view.put("with_hr", totals.withHeartrate());
        });
        view.put("days_active", totals.daysActive());
        if (totals.withCalories() > 0) {
            view.put("calories_kcal", Math.round(totals.calories()));
            view.put("with_calories", totals.withCalories());
        }
        return view;
    }

    private static Map<String, Object> bucket(ActivityTotals.Bucket bucket, Units units) {
        var view = new LinkedHashMap<String, Object>();
        view.put("from", bucket.start().toString());
        view.put("to", bucket.end().toString());
        view.putAll(totals(bucket.totals(), units));
        return view;
    }

    /** An activity as tools show it: its figures in the athlete's units, name and description as quoted text. */
    public static Map<String, Object> activity(Activity activity, Units units) {
        var view = new LinkedHashMap<String, Object>();
        view.put("id", activity.id());
        var start = activity.startDateLocal();
        view.put("date", start.toLocalDate().toString());
        view.put("weekday", start.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        view.put("start", String.format(Locale.ROOT, "%02d:%02d", start.getHour(), start.getMinute()));
        view.put("name", activity.name());
        view.put("sport", activity.sportType());
        view.put(distanceKey(units), round(distance(activity.distanceM(), units), 2));
        view.put("moving_time_s", activity.movingTimeS());
        view.put("moving_time", Durations.clock(activity.movingTimeS()));
        if (activity.isFootSport() && activity.distanceM() > 0 && activity.movingTimeS() > 0) {
            view.put("pace_per_" + units.distanceUnit(), paceClock(activity.movingTimeS()
                    / (activity.distanceM() / 1000), units));
        }
        if (activity.averageHeartrate() != null) {
            view.put("avg_hr_bpm", Math.round(activity.averageHeartrate()));
        }
        if (activity.elevationGainM() != null) {
            view.put(climbKey(units), Math.round(climb(activity.elevationGainM(), units)));
        }
        if (activity.calories() != null) {
            view.put("calories_kcal", Math.round(activity.calories()));
        }
        if (activity.workoutType() != null && activity.workoutType().code().equals("race")) {
            view.put("race", true);
        }
        if (activity.description() != null && !activity.description().isBlank()) {
            var text = activity.description().strip();
            view.put("description", text.length() > DESCRIPTION_CHARS ? text.substring(0, DESCRIPTION_CHARS) + "..."
                    : text);
        }
        return view;
    }

    private static Map<String, Object> goal(Goal goal, Units units) {
        var race = goal.race();
        var view = new LinkedHashMap<String, Object>();
        view.put("description", race.description());
        view.put(distanceKey(units), round(distance(race.distanceM(), units), 2));
        if (race.targetTimeS() != null) {
            view.put("target_time", Durations.clock(race.targetTimeS()));
        }
        if (race.raceDate() != null) {
            view.put("race_date", race.raceDate().toString());
        }
        view.put("priority", race.priority().name());
        view.put("status", goal.status().code());
        return view;
    }

    // ---- units ----

    public static String distanceKey(Units units) {
        return "distance_" + units.distanceUnit();
    }

    public static String climbKey(Units units) {
        return units == Units.IMPERIAL ? "climb_ft" : "climb_m";
    }

    public static double distance(double metres, Units units) {
        return metres / units.metresPerUnit();
    }

    /** Metres climbed in the athlete's units: feet for imperial. */
    public static double climb(double metres, Units units) {
        return units == Units.IMPERIAL ? metres / 0.3048 : metres;
    }

    /** "5:12" per km or per mile, from seconds per km; seconds rounded so that 4:59.6 is 5:00, never 4:60. */
    public static String paceClock(double secondsPerKm, Units units) {
        var total = Math.round(secondsPerKm * units.metresPerUnit() / 1000);
        return total / 60 + ":" + String.format(Locale.ROOT, "%02d", total % 60);
    }

    static String bucketName(app.runaway.activity.StatsPeriod period) {
        return period.name().toLowerCase(Locale.ROOT);
    }

    /** Rounded half up from the value's shortest decimal form, as "%.2f" writes it: 1.005 is 1.01 in both. */
    public static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** Day names ISO dates of the result carry, for those that need one ("Mon"). */
    static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** The coach's parts as tools show them: the figures, without the words that only repeat them. */
    static final class CoachViews {
        private CoachViews() {
        }

        static Map<String, Object> of(CoachTopic topic, CoachReport report) {
            var view = new LinkedHashMap<String, Object>();
            view.put("as_of", report.asOf().toString());
            view.put("units", report.units());
            switch (topic) {
                case OVERVIEW -> {
                    put(view, "performance", performance(report.performanceMetrics()));
                    put(view, "synthesis", synthesis(report.synthesis()));
                    put(view, "goal", goal(report.goalAssessment()));
                }
                case PREDICTIONS, READINESS -> put(view, "goal", goal(report.goalAssessment()));
                case PACES -> put(view, "paces", paces(report.paceZones()));
                case PLAN, NEXT_SESSION -> put(view, "plan", plan(report.workoutPlan()));
            }
            return view;
        }

        private static void put(Map<String, Object> view, String key, Object part) {
            if (part != null) {
                view.put(key, part);
            }
        }

        private static Object performance(CoachReport.PerformanceMetrics metrics) {
            if (metrics == null) {
                return null;
            }
            var compact = new LinkedHashMap<String, Object>();
            var unit = "_" + metrics.distanceUnit();
            compact.put("weekly_average" + unit, metrics.weeklyMileage());
            compact.put("current_week" + unit, metrics.currentWeek());
            compact.put("four_week_average" + unit, metrics.fourWeekAverage());
            compact.put("twelve_week_average" + unit, metrics.twelveWeekAverage());
            compact.put("avg_pace", metrics.avgPace());
            compact.put("consistency_score", metrics.consistencyScore());
            compact.put("mileage_trend", metrics.trends().mileage().direction());
            compact.put("pace_trend", metrics.trends().pace().verdict());
            var load = metrics.trainingLoad();
            compact.put("training_load", Map.of("ctl", load.ctl(), "atl", load.atl(), "tsb", load.tsb(),
                    "acwr", load.acwr()));
            compact.put("runs_in_window", metrics.runsInWindow());
            compact.put("distance_in_window" + unit, metrics.distanceInWindow());
            return compact;
        }

        private static Object synthesis(CoachReport.Synthesis synthesis) {
            if (synthesis == null) {
                return null;
            }
            var compact = new LinkedHashMap<String, Object>();
            compact.put("overall_assessment", synthesis.overallAssessment());
            compact.put("priorities", synthesis.priorities());
            compact.put("action_items", synthesis.actionItems());
            return compact;
        }

        private static Object goal(CoachReport.GoalAssessment goal) {
            if (goal == null) {
                return null;
            }
            var compact = new LinkedHashMap<String, Object>();
            if (goal.currentGoal() != null) {
                compact.put("goal", goal.currentGoal().description());
                compact.put("target_time", goal.currentGoal().targetTime());
            }
            if (goal.vdot() != null) {
                compact.put("vdot", goal.vdot().value());
                compact.put("vdot_from", Map.of("name", goal.vdot().name(), "date", goal.vdot().date().toString()));
            }
            compact.put("predictions", goal.predictions().stream().map(p -> Map.of("distance", p.distance(),
                    "time", p.time())).toList());
            compact.put("feasibility", goal.feasibility());
            var progress = goal.progress();
            if (progress != null) {
                var view = new LinkedHashMap<String, Object>();
                view.put("days_to_race", progress.daysToRace());
                view.put("required_vdot", progress.requiredVdot());
                view.put("current_vdot", progress.currentVdot());
                view.put("vdot_gap", progress.vdotGap());
                view.put("predicted_time", progress.predictedTime());
                view.put("target_time_s", progress.targetTimeS());
                view.put("margin_s", progress.marginS());
                compact.put("progress", view);
            }
            compact.put("recommendations", goal.recommendations());
            return compact;
        }

        private static Object paces(CoachReport.PaceZones paces) {
            if (paces == null) {
                return null;
            }
            var compact = new LinkedHashMap<String, Object>();
            var perUnit = "_per_" + paces.unit().replace("/", "");
            paces.zones().forEach(zone -> compact.put(zone.name() + perUnit, zone.pace()));
            compact.put("heart_rate_zones", paces.heartRateZones().stream().map(zone -> {
                var view = new LinkedHashMap<String, Object>();
                view.put("zone", zone.zone());
                view.put("name", zone.name());
                view.put("min_bpm", zone.minBpm());
                view.put("max_bpm", zone.maxBpm());
                return view;
            }).toList());
            compact.put("based_on", paces.basedOn());
            return compact;
        }

        private static Object plan(CoachReport.WorkoutPlan plan) {
            if (plan == null) {
                return null;
            }
            var compact = new LinkedHashMap<String, Object>();
            var unit = plan.distanceUnit();
            compact.put("this_week_target_" + unit, plan.thisWeekTarget());
            compact.put("next_week_target_" + unit, plan.nextWeekTarget());
            compact.put("this_week", plan.thisWeek().stream().map(d -> planDay(d, unit)).toList());
            compact.put("next_week", plan.nextWeek().stream().map(d -> planDay(d, unit)).toList());
            compact.put("reasoning", plan.reasoning());
            return compact;
        }

        private static String planDay(CoachReport.PlanDay day, String unit) {
            var text = day.date() + " " + day.day() + ": " + day.type();
            if (day.type().equals("rest")) {
                return text;
            }
            return text + ", " + day.distance() + " " + unit + ", " + day.description()
                    + (day.paceTarget() == null ? "" : " at " + day.paceTarget());
        }
    }
}
