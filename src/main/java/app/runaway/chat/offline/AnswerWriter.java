package app.runaway.chat.offline;

import app.runaway.activity.Activity;
import app.runaway.activity.ActivityFilter.Order;
import app.runaway.activity.ActivityTotals;
import app.runaway.activity.Durations;
import app.runaway.activity.StatsPeriod;
import app.runaway.athlete.Units;
import app.runaway.chat.offline.Reading.Shape;
import app.runaway.chat.offline.Reading.Understood;
import app.runaway.coach.CoachReport;
import app.runaway.query.CoachTopic;
import app.runaway.query.DayRange;
import app.runaway.query.Measure;
import app.runaway.query.Query;
import app.runaway.query.QueryResult;
import app.runaway.query.ResultViews;
import app.runaway.query.Sports;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Words a query's result as the answer to the question read: in the athlete's units, with athlete-local dates (the
 * year left out only when it is this year), singular and plural right, and the reading stated, so that a
 * misunderstanding shows. Every figure is formatted the way {@link ResultViews} gives it, so the answer can be
 * checked against the result like a model's.
 */
final class AnswerWriter {
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("EEEE, MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("EEEE, MMM d, yyyy",
            Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final int MOST_LISTED_BUCKETS = 60;
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b(19|20)\\d\\d\\b");
    /**
     * A history whose last activity is older than this has stopped: the coach's answer says so, and a period without a
     * year that begins this long after it is asked about.
     */
    static final int STALE_DAYS = 28;

    private final Units units;
    private final LocalDate today;
    /** The latest activity of a set of sports, for an empty answer's "your last run was ...". */
    private final Function<Sports, Optional<Activity>> latest;

    AnswerWriter(Units units, LocalDate today, Function<Sports, Optional<Activity>> latest) {
        this.units = units;
        this.today = today;
        this.latest = latest;
    }

    String write(Understood reading, QueryResult result) {
        return switch (result) {
            case QueryResult.Found r -> found(reading, r);
            case QueryResult.Summed r -> reading.shape() == Shape.BREAKDOWN ? breakdown(reading, r) : summed(reading, r);
            case QueryResult.Compared r -> compared(reading, r);
            case QueryResult.Ranked r -> ranked(reading, r);
            case QueryResult.Records r -> records(reading, r);
            case QueryResult.Recalled r -> recalled(r);
            case QueryResult.CoachAnswered r -> coach(r.query().topic(), r.report());
            case QueryResult.Goals r -> goals(r);
        };
    }

    // ---- activities ----

    private String found(Understood reading, QueryResult.Found r) {
        var query = (Query.FindActivities) reading.query();
        var sports = query.selection().sports();
        if (r.activities().isEmpty()) {
            return "You have no " + reading.subject() + "." + freshness(sports, query.selection().days());
        }
        if (reading.shape() == Shape.LIST) {
            var shown = r.activities();
            var heading = switch (query.order()) {
                case NEWEST -> "Your " + (shown.size() == 1 ? "latest " : shown.size() + " latest ");
                case OLDEST -> "Your " + (shown.size() == 1 ? "first " : "first " + shown.size() + " ");
                default -> "Your " + (shown.size() == 1 ? "" : shown.size() + " ") + orderWord(query.order()) + " ";
            };
            var text = new StringBuilder(heading).append(nounFor(reading.subject(), sports, shown.size()))
                    .append(": ");
            for (var i = 0; i < shown.size(); i++) {
                text.append(summary(shown.get(i))).append(i + 1 < shown.size() ? "; " : ".");
            }
            if (r.matching() > shown.size()) {
                text.append(" That is ").append(shown.size()).append(" of ").append(r.matching()).append(" in all.");
            }
            return text.toString();
        }
        var activity = r.activities().getFirst();
        if (reading.shape() == Shape.WHEN) {
            var which = query.order() == Order.OLDEST ? "first" : query.order() == Order.NEWEST ? "last"
                    : orderWord(query.order());
            return "Your " + which + " " + singular(reading.subject(), sports) + " was on " + date(activity)
                    + ": " + figures(activity) + ".";
        }
        var text = "Your " + orderWord(query.order()) + " " + singular(reading.subject(), sports) + " was "
                + summary(activity);
        if (r.matching() > 1 && query.order() != Order.NEWEST && query.order() != Order.OLDEST) {
            text += " (of " + r.matching() + " " + sports.noun(r.matching()) + ")";
        }
        return text + ".";
    }

    // ---- totals ----

    private String summed(Understood reading, QueryResult.Summed r) {
        var query = (Query.SumActivities) reading.query();
        var sports = query.selection().sports();
        var total = r.total();
        var measure = reading.measures().getFirst();
        if (total.count() == 0) {
            var answer = reading.shape() == Shape.YES_NO ? "No: you have no " + reading.subject() + "."
                    : "You have no " + reading.subject() + ".";
            return answer + freshness(sports, r.days());
        }
        var subject = reading.subject();
        var count = count(total.count(), sports);
        return switch (reading.shape()) {
            case YES_NO -> "Yes: " + count + " " + without(subject, sports) + " (" + distance(total.distanceM())
                    + " in " + Durations.clock(total.movingTimeS()) + ").";
            case THRESHOLD -> "Your " + subject + " add up to " + distance(total.distanceM()) + " (" + count + "): "
                    + (total.distanceM() >= reading.raceMetres() ? "yes, " : "no, not ") + "beyond "
                    + distance(reading.raceMetres()) + ".";
            case SUMMARY -> "Your " + subject + ": " + count + ", " + distance(total.distanceM()) + ", "
                    + Durations.clock(total.movingTimeS()) + " of moving time" + climbClause(total) + ".";
            case AVERAGE_PER_WEEK -> perPeriod(subject, total, r.weeks(), "week", measure, sports);
            case AVERAGE_PER_MONTH -> perPeriod(subject, total, r.months(), "month", measure, sports);
            case AVERAGE_PER_ACTIVITY -> perActivity(subject, total, measure, sports);
            default -> total(subject, total, measure, sports, reading.measures());
        };
    }

    private String total(String subject, ActivityTotals total, Measure measure, Sports sports,
                         List<Measure> measures) {
        var count = count(total.count(), sports);
        var qualifier = without(subject, sports).strip();
        var main = switch (measure) {
            case COUNT -> "You have " + count + (qualifier.isEmpty() ? "" : " " + qualifier) + " ("
                    + distance(total.distanceM()) + " in " + Durations.clock(total.movingTimeS()) + ")";
            case DISTANCE -> "Your " + subject + " add up to " + distance(total.distanceM()) + " (" + count + ", "
                    + Durations.clock(total.movingTimeS()) + " of moving time)";
            case MOVING_TIME -> "Your " + subject + " add up to " + Durations.clock(total.movingTimeS())
                    + " of moving time (" + count + ", " + distance(total.distanceM()) + ")";
            case ELEVATION_GAIN -> total.withElevation() == 0 ? "None of your " + subject + " has elevation data ("
                    + count + ")" : "Your " + subject + " climbed " + climb(total.elevationGainM()) + " in all ("
                    + count + withData(total.withElevation(), total.count(), "elevation data") + ")";
            case AVERAGE_HEARTRATE -> heartRate(subject, total, sports);
            case PACE -> pace(subject, total, sports);
            case DAYS_ACTIVE -> "Your " + subject + " fall on " + total.daysActive() + " different "
                    + (total.daysActive() == 1 ? "day" : "days") + " (" + count + ")";
            case CALORIES -> total.withCalories() == 0 ? "None of your " + subject + " has calories recorded ("
                    + count + ")" : "Your " + subject + " burned " + kilocalories(total.calories()) + " in all ("
                    + count + withData(total.withCalories(), total.count(), "calories") + ")";
        };
        var more = new ArrayList<String>();
        for (var extra : measures.subList(1, measures.size())) {
            more.add(switch (extra) {
                case COUNT -> count;
                case DISTANCE -> distance(total.distanceM());
                case MOVING_TIME -> Durations.clock(total.movingTimeS()) + " of moving time";
                case ELEVATION_GAIN -> total.withElevation() == 0 ? "no elevation data"
                        : climb(total.elevationGainM()) + " of climbing";
                case AVERAGE_HEARTRATE -> total.averageHeartrate().isPresent()
                        ? "an average heart rate of " + Math.round(total.averageHeartrate().getAsDouble()) + " bpm"
                        : "no heart-rate data";
                case PACE -> total.secondsPerKm().isPresent() ? "an average pace of "
                        + pace(total.secondsPerKm().getAsDouble()) : "no pace";
                case DAYS_ACTIVE -> total.daysActive() + " active " + (total.daysActive() == 1 ? "day" : "days");
                case CALORIES -> total.withCalories() == 0 ? "no calories recorded"
                        : kilocalories(total.calories());
            });
        }
        return main + (more.isEmpty() ? "" : "; " + String.join(", ", more)) + ".";
    }

    private String heartRate(String subject, ActivityTotals total, Sports sports) {
        if (total.averageHeartrate().isEmpty()) {
            return "None of your " + subject + " recorded heart rate (" + count(total.count(), sports) + ")";
        }
        return "Your average heart rate on " + subject + " was " + Math.round(total.averageHeartrate().getAsDouble())
                + " bpm, over moving time (" + count(total.count(), sports) + withData(total.withHeartrate(),
                total.count(), "heart rate") + ")";
    }

    private String pace(String subject, ActivityTotals total, Sports sports) {
        if (total.secondsPerKm().isEmpty()) {
            return "None of your " + subject + " has a distance and a time to give a pace";
        }
        return "Your average pace on " + subject + " was " + pace(total.secondsPerKm().getAsDouble()) + " ("
                + distance(total.paceDistanceM()) + " in " + Durations.clock(total.paceTimeS()) + ", "
                + count(total.count(), sports) + ")";
    }

    private String perActivity(String subject, ActivityTotals total, Measure measure, Sports sports) {
        var count = count(total.count(), sports);
        return switch (measure) {
            case DISTANCE, COUNT -> "Your " + subject + " averaged " + distance(total.distanceM() / total.count())
                    + " each (" + count + ", " + distance(total.distanceM()) + " in all).";
            case MOVING_TIME -> "Your " + subject + " averaged " + Durations.clock(Math.round(
                    (double) total.movingTimeS() / total.count())) + " of moving time each (" + count + ").";
            case ELEVATION_GAIN -> total.withElevation() == 0 ? "None of your " + subject + " has elevation data."
                    : "Your " + subject + " averaged " + climb(total.elevationGainM() / total.withElevation())
                    + " of climbing each (" + count + withData(total.withElevation(), total.count(),
                    "elevation data") + ").";
            case AVERAGE_HEARTRATE -> heartRate(subject, total, sports) + ".";
            case PACE -> pace(subject, total, sports) + ".";
            case DAYS_ACTIVE -> total(subject, total, measure, sports, List.of(measure));
            case CALORIES -> total.withCalories() == 0 ? "None of your " + subject + " has calories recorded."
                    : "Your " + subject + " averaged " + kilocalories(total.calories() / total.withCalories())
                    + " each (" + count + withData(total.withCalories(), total.count(), "calories") + ").";
        };
    }

    private String perPeriod(String subject, ActivityTotals total, double periods, String period, Measure measure,
                             Sports sports) {
        var over = " over " + ResultViews.round(periods, 1) + " " + period + "s";
        return switch (measure) {
            case COUNT -> "Your " + subject + ": " + ResultViews.round(total.count() / periods, 1) + " "
                    + sports.plural() + " a " + period + " (" + count(total.count(), sports) + over + ").";
            case DISTANCE -> "Your " + subject + " averaged " + distance(total.distanceM() / periods) + " a "
                    + period + " (" + distance(total.distanceM()) + over + ").";
            case MOVING_TIME -> "Your " + subject + " averaged " + Durations.clock(Math.round(total.movingTimeS()
                    / periods)) + " of moving time a " + period + " (" + Durations.clock(total.movingTimeS())
                    + over + ").";
            case ELEVATION_GAIN -> "Your " + subject + " averaged " + climb(total.elevationGainM() / periods)
                    + " of climbing a " + period + " (" + climb(total.elevationGainM()) + over + ").";
            case DAYS_ACTIVE -> "Your " + subject + ": " + ResultViews.round(total.daysActive() / periods, 1)
                    + " active days a " + period + " (" + total.daysActive() + " days" + over + ").";
            case CALORIES -> "Your " + subject + " averaged " + kilocalories(total.calories() / periods) + " a "
                    + period + " (" + kilocalories(total.calories()) + over + withData(total.withCalories(),
                    total.count(), "calories") + ").";
            case AVERAGE_HEARTRATE -> heartRate(subject, total, sports) + ".";
            case PACE -> pace(subject, total, sports) + ".";
        };
    }

    private String breakdown(Understood reading, QueryResult.Summed r) {
        var query = (Query.SumActivities) reading.query();
        var sports = query.selection().sports();
        if (r.total().count() == 0) {
            return "You have no " + reading.subject() + "." + freshness(sports, r.days());
        }
        var measure = reading.measures().getFirst();
        var buckets = r.buckets();
        var skipped = Math.max(0, buckets.size() - MOST_LISTED_BUCKETS);
        var rows = new ArrayList<String>();
        for (var bucket : buckets.subList(skipped, buckets.size())) {
            rows.add(bucketName(query.groupBy(), bucket) + " " + value(measure, bucket.totals(), sports));
        }
        var text = "Your " + reading.subject() + " by " + query.groupBy().name().toLowerCase(Locale.ROOT) + ": "
                + String.join("; ", rows) + ". In all: " + value(measure, r.total(), sports) + ".";
        return skipped > 0 ? text + " (The " + skipped + " earlier " + query.groupBy().name().toLowerCase(Locale.ROOT)
                + "s are left out; name a period to see them.)" : text;
    }

    // ---- comparisons and rankings ----

    private String compared(Understood reading, QueryResult.Compared r) {
        var query = (Query.ComparePeriods) reading.query();
        var sports = query.selection().sports();
        var first = reading.periods().get(0);
        var second = reading.periods().get(1);
        var measure = reading.measures().getFirst();
        var a = r.first();
        var b = r.second();
        if (a.count() == 0 && b.count() == 0) {
            return "You have no " + reading.subject() + " " + first.phrase() + " or " + second.phrase() + "."
                    + freshness(sports, DayRange.ALL_TIME);
        }
        var text = "Your " + reading.subject() + " " + first.phrase() + ": " + value(measure, a, sports)
                + (measure == Measure.COUNT ? "" : " (" + count(a.count(), sports) + ")") + "; "
                + second.phrase() + ": " + value(measure, b, sports)
                + (measure == Measure.COUNT ? "" : " (" + count(b.count(), sports) + ")") + ".";
        var difference = difference(measure, a, b, sports);
        return difference.isEmpty() ? text : text + " " + capitalise(first.name()) + " " + difference + ".";
    }

    /** "had 30.10 km more (+25 %)", "was 8 s per km faster": the first period against the second. */
    private String difference(Measure measure, ActivityTotals a, ActivityTotals b, Sports sports) {
        return switch (measure) {
            case COUNT -> a.count() == b.count() ? "had as many" : "had " + Math.abs(a.count() - b.count()) + " "
                    + (a.count() > b.count() ? "more" : "fewer") + percent(a.count(), b.count());
            case DISTANCE -> Math.abs(a.distanceM() - b.distanceM()) < 0.5 ? "had the same distance"
                    : "had " + distance(Math.abs(a.distanceM() - b.distanceM())) + " "
                    + (a.distanceM() > b.distanceM() ? "more" : "less") + percent(a.distanceM(), b.distanceM());
            case MOVING_TIME -> a.movingTimeS() == b.movingTimeS() ? "had the same time" : "had "
                    + Durations.clock(Math.abs(a.movingTimeS() - b.movingTimeS())) + " "
                    + (a.movingTimeS() > b.movingTimeS() ? "more" : "less") + percent(a.movingTimeS(),
                    b.movingTimeS());
            case ELEVATION_GAIN -> "had " + climb(Math.abs(a.elevationGainM() - b.elevationGainM())) + " "
                    + (a.elevationGainM() >= b.elevationGainM() ? "more" : "less") + " climbing";
            case PACE -> a.secondsPerKm().isEmpty() || b.secondsPerKm().isEmpty() ? "" : paceDifference(
                    a.secondsPerKm().getAsDouble(), b.secondsPerKm().getAsDouble());
            case CALORIES -> Math.round(a.calories()) == Math.round(b.calories()) ? "" : "had "
                    + kilocalories(Math.abs(a.calories() - b.calories())) + " "
                    + (a.calories() > b.calories() ? "more" : "less");
            case AVERAGE_HEARTRATE, DAYS_ACTIVE -> "";
        };
    }

    private String paceDifference(double a, double b) {
        var perUnit = Math.round(Math.abs(a - b) * units.metresPerUnit() / 1000);
        if (perUnit == 0) {
            return "had the same average pace";
        }
        return "was " + perUnit + " s per " + units.distanceUnit() + " " + (a < b ? "faster" : "slower");
    }

    private String ranked(Understood reading, QueryResult.Ranked r) {
        var query = (Query.RankPeriods) reading.query();
        var sports = query.selection().sports();
        var bucket = query.bucket().name().toLowerCase(Locale.ROOT);
        if (r.top().isEmpty()) {
            return "You have no " + reading.subject() + " to rank." + freshness(sports, r.days());
        }
        var by = switch (query.measure()) {
            case COUNT -> "by number of " + sports.plural();
            case DISTANCE -> "by distance";
            case MOVING_TIME -> "by moving time";
            case ELEVATION_GAIN -> "by climbing";
            case AVERAGE_HEARTRATE -> "by average heart rate";
            case PACE -> "by average pace";
            case DAYS_ACTIVE -> "by active days";
            case CALORIES -> "by calories";
        };
        var best = query.measure() == Measure.PACE ? (query.highest() ? "slowest" : "fastest")
                : query.highest() ? "biggest" : "smallest";
        var scope = "Of the " + r.bucketsWithValue() + " " + bucket + (r.bucketsWithValue() == 1 ? "" : "s")
                + " with " + reading.subject() + " (" + DayRange.of(r.days().from(), r.days().to()).describe() + ")";
        var rows = r.top().stream().map(b -> bucketName(query.bucket(), b) + ": " + value(query.measure(), b.totals(),
                sports) + (query.measure() == Measure.COUNT ? "" : " (" + count(b.totals().count(), sports) + ")"))
                .toList();
        if (rows.size() == 1) {
            return scope + ", your " + best + " " + by + " was " + rows.getFirst() + ".";
        }
        return scope + ", your " + rows.size() + " " + best + " " + by + ": " + String.join("; ", rows) + ".";
    }

    // ---- records, recall, coach, goals ----

    private String records(Understood reading, QueryResult.Records r) {
        if (reading.raceMetres() != null) {
            return record(reading, r);
        }
        var lines = new ArrayList<String>();
        for (var effort : r.efforts()) {
            var run = r.run(effort.activityId());
            lines.add(effort.race().replace('_', ' ') + ": " + Durations.clock(Math.round(effort.raceTimeS()))
                    + (run == null ? "" : " (" + summary(run) + ")"));
        }
        var when = reading.periods().isEmpty() ? "" : " " + reading.periods().getFirst().phrase();
        if (lines.isEmpty() && r.longest() == null) {
            return "You have no runs" + when + " to take records from." + freshness(Sports.RUNS,
                    ((Query.PersonalRecords) reading.query()).days());
        }
        var text = lines.isEmpty() ? "No run" + when + " is long enough for a race record yet."
                : "Your records" + when + ", each the fastest run at least that long, timed at its average pace: "
                + String.join("; ", lines) + ".";
        return r.longest() == null ? text : text + " Longest run: " + summary(r.longest()) + ".";
    }

    /** "My fastest 5k": the one record asked for. */
    private String record(Understood reading, QueryResult.Records r) {
        var effort = r.efforts().stream().filter(e -> Math.abs(e.raceMetres() - reading.raceMetres()) < 1)
                .findFirst();
        var sports = Sports.RUNS;
        if (effort.isEmpty()) {
            return "You have no " + reading.subject() + "." + freshness(sports,
                    ((Query.PersonalRecords) reading.query()).days());
        }
        var run = r.run(effort.get().activityId());
        return "Your fastest " + singular(reading.subject(), sports) + ", by whole-run average pace: "
                + Durations.clock(Math.round(effort.get().raceTimeS())) + " at that pace"
                + (run == null ? "" : ", from " + summary(run)) + ".";
    }

    private String recalled(QueryResult.Recalled r) {
        if (r.activities().isEmpty()) {
            return "I found nothing in your activities that resembles that.";
        }
        var text = new StringBuilder(r.activities().size() == 1 ? "The closest match: " : "The closest matches: ");
        for (var i = 0; i < r.activities().size(); i++) {
            text.append(summary(r.activities().get(i))).append(i + 1 < r.activities().size() ? "; " : ".");
        }
        return text.toString();
    }

    private String coach(CoachTopic topic, CoachReport report) {
        return coachAnswer(topic, report) + stale();
    }

    /** A history that ends weeks ago is said so: the coach's figures are about the recent weeks, which hold nothing. */
    private String stale() {
        var last = latest.apply(Sports.RUNS);
        if (last.isEmpty()) {
            return " You have no runs yet.";
        }
        var day = last.get().startDateLocal().toLocalDate();
        return day.isBefore(today.minusDays(STALE_DAYS)) ? " Note: you have not run since " + date(day) + " (\""
                + last.get().name() + "\")." : "";
    }

    /**
     * Whether the total asked for has nothing to be computed from: activities were found, but none records the measure
     * (heart rate, calories, elevation, a pace). The answer says so, and is a refusal rather than a figure.
     */
    static boolean measureMissing(Understood reading, QueryResult result) {
        if (reading.shape() != Shape.TOTAL || reading.measures().isEmpty()
                || !(result instanceof QueryResult.Summed summed) || summed.total().count() == 0) {
            return false;
        }
        var total = summed.total();
        return switch (reading.measures().getFirst()) {
            case AVERAGE_HEARTRATE -> total.averageHeartrate().isEmpty();
            case CALORIES -> total.withCalories() == 0;
            case ELEVATION_GAIN -> total.withElevation() == 0;
            case PACE -> total.secondsPerKm().isEmpty();
            default -> false;
        };
    }

    /**
     * Whether the coach has no answer to this topic from the data (no VDOT to predict from, no goal to be ready for,
     * no paces): the answer then says what would give one, and is a refusal rather than a figure.
     */
    static boolean coachCannotAnswer(CoachTopic topic, CoachReport report) {
        return switch (topic) {
            case PREDICTIONS -> report.goalAssessment() == null || report.goalAssessment().vdot() == null;
            case READINESS -> report.goalAssessment() == null || report.goalAssessment().currentGoal() == null;
            case PACES -> report.paceZones() == null || report.paceZones().zones().isEmpty();
            case OVERVIEW, PLAN, NEXT_SESSION -> false;
        };
    }

    private String coachAnswer(CoachTopic topic, CoachReport report) {
        return switch (topic) {
            case OVERVIEW -> {
                var synthesis = report.synthesis();
                yield synthesis.overallAssessment() + (synthesis.priorities().isEmpty() ? ""
                        : " Priorities: " + String.join(" ", synthesis.priorities()));
            }
            case PREDICTIONS -> predictions(report.goalAssessment());
            case READINESS -> readiness(report.goalAssessment());
            case PACES -> paces(report.paceZones());
            case PLAN -> plan(report.workoutPlan());
            case NEXT_SESSION -> nextSession(report.workoutPlan());
        };
    }

    private String predictions(CoachReport.GoalAssessment goal) {
        if (goal == null || goal.vdot() == null) {
            return "No race or hard run in your recent history gives a VDOT yet, so I cannot predict race times. "
                    + "Run a race or a hard effort of 5 km or more and ask again.";
        }
        var vdot = goal.vdot();
        var times = goal.predictions().stream().map(p -> p.distance().replace('_', ' ') + " " + p.time()).toList();
        return String.format(Locale.ROOT, "Your VDOT is %.1f, from \"%s\" on %s. Predicted race times: %s.",
                vdot.value(), vdot.name(), date(vdot.date()), String.join(", ", times));
    }

    private String readiness(CoachReport.GoalAssessment goal) {
        if (goal == null || goal.currentGoal() == null) {
            return "You have no race goal set. Add one (a race distance, a target time and a date) and ask again.";
        }
        var text = "Your goal: " + goal.currentGoal().description() + ". The coach rates it " + goal.feasibility()
                + ".";
        if (goal.progress() != null && goal.progress().predictedTime() != null) {
            text += " Your predicted time for it is " + goal.progress().predictedTime()
                    + (goal.progress().daysToRace() == null ? "" : ", with " + goal.progress().daysToRace()
                    + " days to go") + ".";
        }
        return text + (goal.recommendations().isEmpty() ? "" : " " + goal.recommendations().getFirst());
    }

    private String paces(CoachReport.PaceZones paces) {
        if (paces == null || paces.zones().isEmpty()) {
            return "I have no race or hard run to set training paces from yet.";
        }
        var zones = paces.zones().stream().map(z -> z.name() + " " + z.pace()).toList();
        var text = "Your training paces: " + String.join(", ", zones) + ".";
        if (!paces.heartRateZones().isEmpty()) {
            text += " Heart-rate zones: " + String.join(", ", paces.heartRateZones().stream().map(z -> z.name()
                    + " " + z.minBpm() + "-" + z.maxBpm() + " bpm").toList()) + ".";
        }
        return text;
    }

    private String plan(CoachReport.WorkoutPlan plan) {
        var days = new ArrayList<String>();
        plan.thisWeek().stream().filter(d -> !d.type().equals("rest") && !d.date().isBefore(today))
                .forEach(d -> days.add(planDay(d)));
        var text = days.isEmpty() ? "Nothing more is planned this week."
                : "This week: " + String.join("; ", days) + ".";
        var next = plan.nextWeek().stream().filter(d -> !d.type().equals("rest")).map(this::planDay).toList();
        if (!next.isEmpty()) {
            text += " Next week: " + String.join("; ", next) + ".";
        }
        return plan.reasoning().isEmpty() ? text : text + " " + plan.reasoning().getFirst();
    }

    private String nextSession(CoachReport.WorkoutPlan plan) {
        var upcoming = new ArrayList<CoachReport.PlanDay>(plan.thisWeek());
        upcoming.addAll(plan.nextWeek());
        return upcoming.stream().filter(d -> d.date().isAfter(today)).findFirst()
                .map(d -> d.type().equals("rest") ? "Tomorrow (" + date(d.date()) + ") is a rest day."
                        : "Next: " + planDay(d) + ".")
                .orElse("No session is planned after today yet.");
    }

    private String planDay(CoachReport.PlanDay day) {
        return date(day.date()) + " " + day.description() + (day.paceTarget() == null ? "" : " at "
                + day.paceTarget());
    }

    private String goals(QueryResult.Goals r) {
        if (r.goals().isEmpty()) {
            return "You have no goals yet. Add one: a race distance, a target time and a date.";
        }
        var lines = r.goals().stream().map(g -> g.race().description() + " (" + g.status().code()
                + (g.race().raceDate() == null ? "" : ", " + date(g.race().raceDate())) + ")").toList();
        return "Your goals: " + String.join("; ", lines) + ".";
    }

    // ---- pieces ----

    /** "\"Evening Run\" on Monday, Aug 15, 2022: 12.50 km in 1:05:10 at 5:13 /km". */
    private String summary(Activity activity) {
        return "\"" + activity.name() + "\" on " + date(activity) + ": " + figures(activity);
    }

    private String figures(Activity activity) {
        var pace = activity.isFootSport() && activity.distanceM() > 0 && activity.movingTimeS() > 0
                ? " at " + pace(activity.movingTimeS() / (activity.distanceM() / 1000)) : "";
        var climb = activity.elevationGainM() != null && activity.elevationGainM() >= 1
                ? ", " + climb(activity.elevationGainM()) + " of climbing" : "";
        var hr = activity.averageHeartrate() != null ? ", average heart rate " + Math.round(
                activity.averageHeartrate()) + " bpm" : "";
        var energy = activity.calories() != null && activity.calories() >= 1 ? ", " + kilocalories(activity.calories())
                : "";
        return distance(activity.distanceM()) + " in " + Durations.clock(activity.movingTimeS()) + pace + climb + hr
                + energy;
    }

    private String value(Measure measure, ActivityTotals totals, Sports sports) {
        return switch (measure) {
            case COUNT -> count(totals.count(), sports);
            case DISTANCE -> distance(totals.distanceM());
            case MOVING_TIME -> Durations.clock(totals.movingTimeS());
            case ELEVATION_GAIN -> totals.withElevation() == 0 ? "no elevation data" : climb(totals.elevationGainM());
            case AVERAGE_HEARTRATE -> totals.averageHeartrate().isPresent()
                    ? Math.round(totals.averageHeartrate().getAsDouble()) + " bpm" : "no heart rate";
            case PACE -> totals.secondsPerKm().isPresent() ? pace(totals.secondsPerKm().getAsDouble()) : "no pace";
            case DAYS_ACTIVE -> totals.daysActive() + (totals.daysActive() == 1 ? " day" : " days");
            case CALORIES -> totals.withCalories() == 0 ? "no calories recorded" : kilocalories(totals.calories());
        };
    }

    /** "Your last run was on Feb 3, 2025." when a period holds nothing or lies after the history. */
    private String freshness(Sports sports, DayRange days) {
        var last = latest.apply(sports);
        if (last.isEmpty()) {
            if (days.isAllTime()) {
                return sports.isAll() ? " Import an export or connect Strava to start." : "";
            }
            return sports.isAll() ? " You have no activities at all yet: import an export or connect Strava."
                    : " You have no " + sports.plural() + " at all.";
        }
        var activity = last.get();
        return " Your last " + sports.singular() + " was on " + date(activity) + " (\"" + activity.name() + "\").";
    }

    private String bucketName(StatsPeriod period, ActivityTotals.Bucket bucket) {
        return switch (period) {
            case DAY -> date(bucket.start());
            case WEEK -> "the week of " + SHORT.format(bucket.start());
            case MONTH -> bucket.start().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                    + " " + bucket.start().getYear();
            case YEAR -> String.valueOf(bucket.start().getYear());
        };
    }

    private String count(long count, Sports sports) {
        return String.format(Locale.US, "%,d", count) + " " + sports.noun(count);
    }

    private String distance(double metres) {
        return String.format(Locale.US, "%,.2f %s", ResultViews.distance(metres, units), units.distanceUnit());
    }

    private static String kilocalories(double kcal) {
        return String.format(Locale.US, "%,d kcal", Math.round(kcal));
    }

    private String climb(double metres) {
        return String.format(Locale.US, "%,d", Math.round(ResultViews.climb(metres, units)))
                + (units == Units.IMPERIAL ? " ft" : " m");
    }

    private String pace(double secondsPerKm) {
        return ResultViews.paceClock(secondsPerKm, units) + " /" + units.distanceUnit();
    }

    /**
     * A period written without a year ("in the spring") whose latest occurrence begins after the history's last
     * activity: the runner may mean the one in their history, so the answer asks, naming the latest year that holds
     * it.
     */
    String yearToAsk(NamedPeriod period, Activity last) {
        var lastDay = last.startDateLocal().toLocalDate();
        var back = 1;
        while (period.days().from().minusYears(back).isAfter(lastDay)) {
            back++;
        }
        var shift = back;
        var name = period.name().replaceFirst(" \\(.*\\)$", "");
        var earlier = YEAR_IN_TEXT.matcher(name).replaceAll(m -> String.valueOf(Integer.parseInt(m.group()) - shift));
        return "I can't answer that exactly: with no year written I would take the latest " + period.name()
                + ", and your history ends before it, on " + date(lastDay) + ". Say which year you mean (\"" + earlier
                + "\").";
    }

    private String date(Activity activity) {
        return date(activity.startDateLocal().toLocalDate());
    }

    private String date(LocalDate day) {
        return (day.getYear() == today.getYear() ? THIS_YEAR : OTHER_YEAR).format(day);
    }

    private static String percent(double a, double b) {
        if (b <= 0) {
            return "";
        }
        return String.format(Locale.ROOT, " (%+.0f %%)", 100 * (a - b) / b);
    }

    private static String withData(int with, int all, String what) {
        return with == all ? "" : ", " + with + " of them with " + what;
    }

    private String climbClause(ActivityTotals total) {
        return total.withElevation() == 0 ? "" : ", " + climb(total.elevationGainM()) + " of climbing";
    }

    private static String orderWord(Order order) {
        return switch (order) {
            case NEWEST -> "latest";
            case OLDEST -> "first";
            case LONGEST -> "longest";
            case SHORTEST -> "shortest";
            case LONGEST_TIME -> "longest (by time)";
            case FASTEST -> "fastest";
            case SLOWEST -> "slowest";
            case MOST_CLIMB -> "hilliest";
            case HIGHEST_HEARTRATE -> "highest-heart-rate";
            case MOST_CALORIES -> "most energetic";
        };
    }

    /** The subject with its noun singular: "run of at least 20 km in 2024". */
    private static String singular(String subject, Sports sports) {
        return subject.startsWith(sports.plural()) ? sports.singular() + subject.substring(sports.plural().length())
                : subject;
    }

    private static String nounFor(String subject, Sports sports, long count) {
        return count == 1 ? singular(subject, sports) : subject;
    }

    /** The subject without its leading noun, for "3 runs of at least 20 km in 2024". */
    private static String without(String subject, Sports sports) {
        for (var noun : List.of(sports.plural(), "races")) {
            if (subject.startsWith(noun)) {
                return subject.substring(noun.length()).strip();
            }
        }
        return subject;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
