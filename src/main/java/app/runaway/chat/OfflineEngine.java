package app.runaway.chat;

import app.runaway.activity.Activity;
import app.runaway.activity.ActivitySort;
import app.runaway.activity.Distance;
import app.runaway.activity.Durations;
import app.runaway.activity.Pace;
import app.runaway.activity.PeriodTotals;
import app.runaway.athlete.Units;
import app.runaway.coach.FocusArea;
import app.runaway.search.SemanticSearch;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Answers the common questions exactly, with no language model: the question is sorted into a family
 * ({@link QuestionParser}), the tools run for the session's athlete, and the answer is written in the athlete's
 * units with athlete-local dates.
 */
@Component
class OfflineEngine {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMM d, yyyy", Locale.ENGLISH);
    static final String HELP = "I can answer, from your own data: your last, first, longest or fastest run "
            + "(\"fastest 5k this year\"), averages (\"average pace this month\", \"average km per week this "
            + "year\"), when you last ran over a distance (\"over 10 miles\"), how many runs or how "
            + "far in a period (\"this week\", \"in March\", \"last year\", \"since June\", \"last 30 days\"), a "
            + "comparison of two periods (\"this month vs last\"), \"find the run in the rain\", \"my records\", \"how am I doing\" "
            + "and \"plan my week\".";

    private final ChatTools tools;

    OfflineEngine(ChatTools tools) {
        this.tools = tools;
    }

    ChatAnswer answer(AthleteScope scope, String message, LocalDate today, Units units) {
        var question = QuestionParser.parse(message, today);
        return switch (question) {
            case Question.Longest q -> single("longest", describe(q.sport()) + " " + q.period().label(),
                    tools.activities(scope, q.sport(), q.period(), null, ActivitySort.LONGEST, 1), units,
                    "Your longest " + describe(q.sport()) + " " + q.period().label() + " was");
            case Question.LastOver q -> single("last_over", describe(q.sport()) + " over " + q.asWritten(),
                    tools.activities(scope, q.sport(), Period.allTime(), q.metres(), ActivitySort.NEWEST, 1), units,
                    "Your last " + describe(q.sport()) + " over " + q.asWritten() + " was");
            case Question.Latest q -> single("latest", describe(q.sport()),
                    tools.activities(scope, q.sport(), Period.allTime(), null, ActivitySort.NEWEST, 1), units,
                    "Your last " + describe(q.sport()) + " was");
            case Question.First q -> single("first", describe(q.sport()),
                    tools.activities(scope, q.sport(), Period.allTime(), null, ActivitySort.OLDEST, 1), units,
                    "Your first recorded " + describe(q.sport()) + " was");
            case Question.Fastest q -> fastest(scope, q, units);
            case Question.Total q -> total(scope, q.sport(), q.period(), units, "total");
            case Question.Count q -> total(scope, q.sport(), q.period(), units, "count");
            case Question.Compare q -> compare(scope, q, units);
            case Question.Average q -> average(scope, q, units, today);
            case Question.Recall q -> recall(scope, q, units);
            case Question.Records q -> records(scope, q, units);
            case Question.HowAmIDoing q -> howAmIDoing(scope);
            case Question.PlanMyWeek q -> planMyWeek(scope);
            case Question.NotUnderstood q -> new ChatAnswer("I could not match that to a question I can answer "
                    + "exactly. " + HELP, "not_understood", List.of(), Map.of());
        };
    }

    private ChatAnswer single(String family, String subject, List<Activity> found, Units units, String opening) {
        var context = new LinkedHashMap<String, Object>(Map.of("question_family", family, "matches", found.size()));
        if (found.isEmpty()) {
            return new ChatAnswer("I found no " + subject.strip() + ".", family, List.of(), context);
        }
        var activity = found.getFirst();
        return new ChatAnswer(opening + " " + summary(activity, units) + ".", family, List.of(activity), context);
    }

    private ChatAnswer fastest(AthleteScope scope, Question.Fastest q, Units units) {
        var distance = q.distanceM() == null ? 1000 : q.distanceM();
        var found = tools.fastest(scope, q.sport(), distance, q.period());
        var what = q.distanceName() == null ? describe(q.sport()) : q.distanceName();
        var when = q.period().isAllTime() ? "" : " " + q.period().label();
        var context = new LinkedHashMap<String, Object>(Map.of("question_family", "fastest", "min_distance_m",
                distance));
        if (found.isEmpty()) {
            return new ChatAnswer("I found no " + describe(q.sport()) + " of at least " + new Distance(distance)
                    .format(units) + when + ".", "fastest", List.of(), context);
        }
        var activity = found.get();
        var text = "Your fastest " + what + when + " by average pace was " + summary(activity, units);
        if (q.distanceM() != null) {
            var estimate = Math.round(activity.movingTimeS() * q.distanceM() / activity.distanceM());
            text += "; at that pace " + new Distance(q.distanceM()).format(units) + " takes "
                    + Durations.clock(estimate);
        }
        return new ChatAnswer(text + ".", "fastest", List.of(activity), context);
    }

    private ChatAnswer total(AthleteScope scope, String sport, Period period, Units units, String family) {
        var totals = tools.totals(scope, sport, period);
        var noun = describe(sport);
        var text = totals.count() == 0
                ? "You have no " + plural(noun) + " " + period.label() + "."
                : String.format(Locale.ROOT, "%s you did %d %s: %s in %s of moving time%s.", capitalise(
                        period.label()), totals.count(), totals.count() == 1 ? noun : plural(noun),
                        new Distance(totals.distanceM()).format(units), Durations.clock(totals.movingTimeS()),
                        Pace.of(totals.distanceM(), (int) totals.movingTimeS()).filter(p -> "run".equals(noun))
                                .map(p -> ", an average pace of " + p.format(units)).orElse(""));
        return new ChatAnswer(text, family, List.of(), periodContext(family, period, totals));
    }

    private ChatAnswer compare(AthleteScope scope, Question.Compare q, Units units) {
        var first = tools.totals(scope, q.sport(), q.first());
        var second = tools.totals(scope, q.sport(), q.second());
        var difference = first.distanceM() - second.distanceM();
        var share = second.distanceM() > 0 ? String.format(Locale.ROOT, " (%+.0f %%)",
                100 * difference / second.distanceM()) : "";
        var noun = plural(describe(q.sport()));
        var text = String.format(Locale.ROOT, "%s: %s in %d %s. %s: %s in %d %s. That is %s %s%s.",
                capitalise(q.first().label()), new Distance(first.distanceM()).format(units), first.count(), noun,
                capitalise(q.second().label()), new Distance(second.distanceM()).format(units), second.count(), noun,
                new Distance(Math.abs(difference)).format(units), difference >= 0 ? "more" : "less", share);
        var context = new LinkedHashMap<String, Object>(Map.of("question_family", "compare",
                "first_from", q.first().from().toString(), "first_to", q.first().to().toString(),
                "second_from", q.second().from().toString(), "second_to", q.second().to().toString()));
        return new ChatAnswer(text, "compare", List.of(), context);
    }

    private ChatAnswer average(AthleteScope scope, Question.Average q, Units units, LocalDate today) {
        var period = q.period().isAllTime() ? firstToToday(scope, q.sport(), today) : q.period();
        var totals = tools.totals(scope, q.sport(), period);
        var noun = describe(q.sport());
        var context = periodContext("average", period, totals);
        if (totals.count() == 0) {
            return new ChatAnswer("You have no " + plural(noun) + " " + period.label() + " to average.", "average",
                    List.of(), context);
        }
        var text = switch (q.measure()) {
            case PACE -> Pace.of(totals.distanceM(), (int) totals.movingTimeS())
                    .map(p -> String.format(Locale.ROOT, "Your average pace %s was %s over %d %s (%s in %s).",
                            period.label(), p.format(units), totals.count(), plural(noun),
                            new Distance(totals.distanceM()).format(units), Durations.clock(totals.movingTimeS())))
                    .orElse("Those " + plural(noun) + " have no distance to give a pace.");
            case DISTANCE -> String.format(Locale.ROOT, "Your average %s %s was %s (%d %s, %s in all).", noun,
                    period.label(), new Distance(totals.distanceM() / totals.count()).format(units), totals.count(),
                    plural(noun), new Distance(totals.distanceM()).format(units));
            case WEEKLY_DISTANCE -> {
                var weeks = (period.to().toEpochDay() - period.from().toEpochDay() + 1) / 7.0;
                yield String.format(Locale.ROOT, "%s you averaged %s a week (%s over %.1f weeks).",
                        capitalise(period.label()), new Distance(totals.distanceM() / weeks).format(units),
                        new Distance(totals.distanceM()).format(units), weeks);
            }
        };
        return new ChatAnswer(text, "average", List.of(), context);
    }

    /** "Ever" for an average means from the first such activity to today, not from the year 1900. */
    private Period firstToToday(AthleteScope scope, String sport, LocalDate today) {
        var first = tools.activities(scope, sport, Period.allTime(), null, ActivitySort.OLDEST, 1);
        var from = first.isEmpty() ? today : first.getFirst().startDateLocal().toLocalDate();
        return new Period(from, today, "since " + from);
    }

    /** The fastest run of at least each race distance, at its whole-activity pace (as the "fastest" family). */
    private ChatAnswer records(AthleteScope scope, Question.Records q, Units units) {
        var records = tools.records(scope, q.period());
        var lines = records.stream().map(r -> r.race() + ": " + Durations.clock(r.timeS()) + " ("
                + summary(r.run(), units) + ")").toList();
        var sources = records.stream().map(ChatTools.RaceRecord::run).toList();
        var when = q.period().isAllTime() ? "" : " " + q.period().label();
        var text = lines.isEmpty() ? "No run" + when + " is long enough for a record at 5 km or more."
                : "Your records" + when + ", at each run's average pace: " + String.join("; ", lines) + ".";
        return new ChatAnswer(text, "records", sources, Map.of("question_family", "records"));
    }

    private ChatAnswer recall(AthleteScope scope, Question.Recall q, Units units) {
        var hits = tools.recall(scope, q.text(), 3);
        var context = new LinkedHashMap<String, Object>(Map.of("question_family", "recall", "matches", hits.size()));
        if (hits.isEmpty()) {
            return new ChatAnswer("I found nothing in your activities that resembles that.", "recall", List.of(),
                    context);
        }
        var text = new StringBuilder("Closest matches: ");
        for (var i = 0; i < hits.size(); i++) {
            text.append(i + 1).append(". ").append(summary(hits.get(i).activity(), units)).append(i + 1 < hits.size()
                    ? "; " : ".");
        }
        return new ChatAnswer(text.toString(), "recall", hits.stream().map(SemanticSearch.Hit::activity).toList(),
                context);
    }

    private ChatAnswer howAmIDoing(AthleteScope scope) {
        var report = tools.analysis(scope, FocusArea.ALL);
        var text = report.synthesis().overallAssessment() + " Priorities: "
                + String.join(" ", report.synthesis().priorities());
        return new ChatAnswer(text, "how_am_i_doing", List.of(), Map.of("question_family", "how_am_i_doing",
                "coach_sources", report.sources()));
    }

    private ChatAnswer planMyWeek(AthleteScope scope) {
        var plan = tools.analysis(scope, FocusArea.WORKOUT).workoutPlan();
        var days = new StringBuilder("This week: ");
        plan.thisWeek().stream().filter(d -> !d.type().equals("rest")).forEach(d -> days.append(d.day()).append(" ")
                .append(d.description()).append(d.paceTarget() == null ? "" : " (" + d.paceTarget() + ")")
                .append("; "));
        var text = days.toString().replaceAll("; $", ".") + " " + (plan.reasoning().isEmpty() ? ""
                : plan.reasoning().getFirst());
        return new ChatAnswer(text.strip(), "plan_my_week", List.of(), Map.of("question_family", "plan_my_week"));
    }

    /** "12.50 km on Monday, Aug 15, 2022 ("Evening Run"), 1:05:10 at 5:13 /km". */
    private static String summary(Activity activity, Units units) {
        var pace = Pace.of(activity.distanceM(), activity.movingTimeS()).filter(p -> activity.isFootSport())
                .map(p -> " at " + p.format(units)).orElse("");
        return "\"" + activity.name() + "\" on " + DAY.format(activity.startDateLocal()) + ": "
                + new Distance(activity.distanceM()).format(units) + " in " + Durations.clock(activity.movingTimeS())
                + pace;
    }

    private static Map<String, Object> periodContext(String family, Period period, PeriodTotals.Totals totals) {
        var context = new LinkedHashMap<String, Object>();
        context.put("question_family", family);
        context.put("from", period.from().toString());
        context.put("to", period.to().toString());
        context.put("activities_counted", totals.count());
        return context;
    }

    private static String describe(String sport) {
        return sport == null ? "activity" : switch (sport) {
            case "Run" -> "run";
            case "Ride" -> "ride";
            case "Walk" -> "walk";
            case "Hike" -> "hike";
            default -> sport.toLowerCase(Locale.ROOT);
        };
    }

    private static String plural(String noun) {
        return noun.equals("activity") ? "activities" : noun + "s";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
