package app.runaway.chat.offline;

import app.runaway.activity.Activity;
import app.runaway.athlete.Units;
import app.runaway.chat.offline.Reading.Understood;
import app.runaway.llm.Grounding;
import app.runaway.query.AthleteScope;
import app.runaway.query.DayRange;
import app.runaway.query.Query;
import app.runaway.query.QueryCatalogue;
import app.runaway.query.QueryResult;
import app.runaway.query.ResultViews;
import app.runaway.query.Selection;
import app.runaway.query.Sports;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers questions exactly with no language model: the question is read into a typed query
 * ({@link QuestionReader}), run by the {@link QueryCatalogue} for the session's athlete, and worded
 * ({@link AnswerWriter}); then the words are checked against the result like a model's would be, so that
 * {@code verified} is the outcome of a check, not a promise. A question with words the reader cannot use is not
 * answered as another question: the answer says what was understood and what was not.
 */
@Component
public class OfflineEngine {
    private static final Logger log = LoggerFactory.getLogger(OfflineEngine.class);
    public static final String HELP = "I answer exactly, from your own data: counts, totals and averages of "
            + "distance, time, climbing, heart rate or pace over any period (\"how far did I run in March 2024?\", "
            + "\"average km per week this year\", \"total elevation on rides since June\"), for any sport "
            + "(\"how many yoga sessions\"), with filters (\"runs over 20 km in 2024\", \"faster than 5:00 per km\"); "
            + "your longest, fastest, hilliest, first or last activity (\"my last half marathon\"); your biggest "
            + "week or month; two periods compared (\"June or July 2024\"); records; \"find the run in the rain\"; "
            + "and the coach: \"how am I doing\", \"what's my VDOT\", \"my training paces\", \"am I ready for my "
            + "half\", \"plan my week\", \"what should I run tomorrow\".";

    private final QueryCatalogue catalogue;

    OfflineEngine(QueryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** What the engine answered, with the activities cited and whether its figures were checked and held. */
    public record Answer(String text, String family, List<Activity> sources, Map<String, Object> context,
                         boolean verified, String verification) {
    }

    /** What kind of question a message is, for routing it to a model and offering it tools. */
    public enum QuestionKind { LOOKUP, COMPARISON, RECALL, COACHING, OPEN }

    public QuestionKind kindOf(String message, LocalDate today) {
        return switch (QuestionReader.read(message, today)) {
            case Understood understood -> switch (understood.shape()) {
                case COMPARE -> QuestionKind.COMPARISON;
                case RECALL -> QuestionKind.RECALL;
                case COACH, GOALS -> QuestionKind.COACHING;
                default -> QuestionKind.LOOKUP;
            };
            default -> QuestionKind.OPEN;
        };
    }

    public Answer answer(AthleteScope scope, String message, LocalDate today, Units units) {
        var reading = QuestionReader.read(message, today);
        return switch (reading) {
            case Understood understood -> answer(scope, understood, today, units);
            case Reading.Unclear unclear -> refusal("unclear", unclear(unclear) + " " + HELP,
                    Map.of("not_understood", unclear.unknown(), "understood", unclear.understood()));
            case Reading.Unanswerable unanswerable -> refusal("unanswerable", "I can't answer that exactly: "
                    + unanswerable.reason() + ".", Map.of());
            case Reading.NotAQuestion none -> refusal("not_understood", "I could not match that to a question I "
                    + "can answer exactly. " + HELP, Map.of());
        };
    }

    private Answer answer(AthleteScope scope, Understood reading, LocalDate today, Units units) {
        var yearToAsk = yearToAsk(scope, reading, today, units);
        if (yearToAsk.isPresent()) {
            return refusal("unclear", yearToAsk.get(), Map.of());
        }
        var result = catalogue.run(scope, reading.query());
        if (untaggedRaces(scope, result)) {
            return refusal("unanswerable", "I can't answer that exactly: I know races only by Strava's race tag, and "
                    + "none of your activities carries it, so I can't tell which were races. Ask about the run by "
                    + "its date or distance (\"my last run of 10 km or more\").", Map.of());
        }
        var consulted = new ArrayList<Activity>();
        var writer = new AnswerWriter(units, today, sports -> {
            Optional<Activity> latest = catalogue.latest(scope, sports);
            latest.ifPresent(consulted::add);
            return latest;
        });
        var text = writer.write(reading, result);
        var view = ResultViews.of(result, units);
        var facts = new ArrayList<Object>(List.of(view, selectionFacts(reading)));
        consulted.forEach(a -> facts.add(ResultViews.activity(a, units)));
        var readingTexts = new ArrayList<String>(List.of(reading.subject()));
        reading.periods().forEach(p -> readingTexts.add(p.phrase()));
        var unsupported = Grounding.of(facts, readingTexts, today).unsupported(text);
        if (!unsupported.isEmpty()) {
            log.warn("Offline answer states figures its result does not hold: {}", unsupported);
        }
        // the coach understood, but the data gives it nothing to say ("predict my marathon" with no hard run):
        // a refusal that says what would give an answer, not an answer;
        var cannot = result instanceof QueryResult.CoachAnswered coached
                && AnswerWriter.coachCannotAnswer(coached.query().topic(), coached.report());
        // and a total of a measure none of the activities records ("calories in 2019" from an export without them)
        var family = cannot || AnswerWriter.measureMissing(reading, result) ? "unanswerable"
                : reading.shape().name().toLowerCase(java.util.Locale.ROOT);
        var context = new LinkedHashMap<String, Object>();
        context.put("question_family", family);
        context.put("query", reading.query().getClass().getSimpleName());
        context.put("reading", reading.subject());
        reading.periods().stream().findFirst().ifPresent(p -> {
            context.put("from", p.days().from() == null ? null : p.days().from().toString());
            context.put("to", p.days().to() == null ? null : p.days().to().toString());
        });
        context.put("result", view);
        var sources = new ArrayList<Activity>(result.cited());
        // "your last run was on ...": the activity an empty answer points to is cited like any other
        consulted.stream().filter(a -> sources.stream().noneMatch(s -> s.id() == a.id())).forEach(sources::add);
        if (result instanceof QueryResult.Records records && reading.raceMetres() != null) {
            // "my fastest 5k": the run of that record only
            sources.clear();
            records.efforts().stream().filter(e -> Math.abs(e.raceMetres() - reading.raceMetres()) < 1)
                    .map(e -> records.run(e.activityId())).filter(java.util.Objects::nonNull).forEach(sources::add);
        }
        if (family.equals("unanswerable")) {
            return new Answer(text, family, List.copyOf(sources), context, false, cannot
                    ? "not answered: the data gives the coach nothing to say to this yet"
                    : "not answered: none of these activities records what was asked");
        }
        return new Answer(text, family, List.copyOf(sources), context, unsupported.isEmpty(),
                unsupported.isEmpty() ? "every figure comes from this answer's query"
                        : "not found in the query's result: " + String.join(", ", unsupported));
    }

    /**
     * "How many runs in the spring?" over a history that ended before the latest spring: the runner may mean the one
     * in their history, so the year is asked for rather than assumed (an empty answer about a spring they did not
     * mean would be a different question). A runner who stopped only weeks before it ("in December" on the 1st, the
     * last run yesterday) means the latest one, and gets it.
     */
    private Optional<String> yearToAsk(AthleteScope scope, Understood reading, LocalDate today, Units units) {
        var implied = reading.periods().stream().filter(NamedPeriod::yearImplied)
                .filter(p -> p.days().from() != null).toList();
        if (implied.isEmpty()) {
            return Optional.empty();
        }
        return catalogue.latest(scope, Sports.ALL).flatMap(last -> implied.stream()
                .filter(p -> p.days().from().isAfter(last.startDateLocal().toLocalDate()
                        .plusDays(AnswerWriter.STALE_DAYS))).findFirst()
                .map(p -> new AnswerWriter(units, today, sports -> Optional.empty()).yearToAsk(p, last)));
    }

    /**
     * "My last race" when nothing was found and no activity of the athlete's is tagged as a race at all: "you have no
     * races" would be true of the tag and false of the runner, who raced but never tagged it.
     */
    private boolean untaggedRaces(AthleteScope scope, QueryResult result) {
        var selection = switch (result) {
            case QueryResult.Found found when found.matching() == 0 -> found.query().selection();
            case QueryResult.Summed summed when summed.total().count() == 0 -> summed.query().selection();
            default -> null;
        };
        if (selection == null || !selection.racesOnly()) {
            return false;
        }
        var everRaced = catalogue.run(scope, new Query.SumActivities(new Selection(Sports.ALL, DayRange.ALL_TIME,
                null, null, null, null, null, null, null, null, null, null, true), null));
        return everRaced instanceof QueryResult.Summed summed && summed.total().count() == 0;
    }

    /** The question's own bounds and days as the query took them: figures the answer may repeat. */
    private static Map<String, Object> selectionFacts(Understood reading) {
        var facts = new LinkedHashMap<String, Object>();
        reading.periods().forEach(p -> {
            DayRange days = p.days();
            facts.put("period_" + facts.size(), (days.from() == null ? "" : days.from().toString()) + " "
                    + (days.to() == null ? "" : days.to().toString()));
        });
        if (reading.raceMetres() != null) {
            facts.put("race_m", reading.raceMetres());
        }
        return facts;
    }

    private static Answer refusal(String family, String text, Map<String, Object> context) {
        var full = new LinkedHashMap<String, Object>(context);
        full.put("question_family", family);
        return new Answer(text, family, List.of(), full, false, "not answered: no figures to check");
    }

    /** What was understood and what was not, so that the runner sees why nothing was answered. */
    private static String unclear(Reading.Unclear unclear) {
        if (unclear.unknown().isEmpty()) {
            return "I can't answer that exactly: it asks for " + unclear.understood() + ".";
        }
        if (unclear.understood().isEmpty()) {
            return "I can't answer " + quoted(unclear.unknown()) + " from your training data.";
        }
        return "I understood " + unclear.understood() + ", but I can't use " + quoted(unclear.unknown())
                + " to pick activities, so I won't answer a different question.";
    }

    private static String quoted(List<String> words) {
        return "\"" + String.join(" ", words) + "\"";
    }
}
