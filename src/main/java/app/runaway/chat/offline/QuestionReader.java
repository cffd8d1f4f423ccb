package app.runaway.chat.offline;

import app.runaway.activity.ActivityFilter.Order;
import app.runaway.activity.StatsPeriod;
import app.runaway.chat.offline.Lexicon.Ask;
import app.runaway.chat.offline.Lexicon.AskWord;
import app.runaway.chat.offline.Lexicon.Bucket;
import app.runaway.chat.offline.Lexicon.CoachWord;
import app.runaway.chat.offline.Lexicon.CompareWord;
import app.runaway.chat.offline.Lexicon.Concept;
import app.runaway.chat.offline.Lexicon.GoalsWord;
import app.runaway.chat.offline.Lexicon.MeasureWord;
import app.runaway.chat.offline.Lexicon.Most;
import app.runaway.chat.offline.Lexicon.NameWord;
import app.runaway.chat.offline.Lexicon.Negation;
import app.runaway.chat.offline.Lexicon.RaceWord;
import app.runaway.chat.offline.Lexicon.RacesWord;
import app.runaway.chat.offline.Lexicon.RecallWord;
import app.runaway.chat.offline.Lexicon.Recency;
import app.runaway.chat.offline.Lexicon.RecordsWord;
import app.runaway.chat.offline.Lexicon.SportWord;
import app.runaway.chat.offline.Lexicon.Statistic;
import app.runaway.chat.offline.Lexicon.StatisticWord;
import app.runaway.chat.offline.Lexicon.Superlative;
import app.runaway.chat.offline.Reading.Shape;
import app.runaway.chat.offline.Reading.Understood;
import app.runaway.query.CoachTopic;
import app.runaway.query.DayRange;
import app.runaway.query.Measure;
import app.runaway.query.Query;
import app.runaway.query.Selection;
import app.runaway.query.Sports;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a runner's question into a typed {@link Query}, using every meaningful word or saying which it could not
 * use: periods first ({@link PeriodReader}), then measured bounds ({@link Quantities}), then the phrases of the
 * {@link Lexicon}. A word left over that is not filler means the question is not answered as if the word were absent.
 */
final class QuestionReader {
    private static final Set<String> KNOWN = Lexicon.knownWords();
    private static final Set<String> MEANINGFUL = Lexicon.meaningfulWords();
    /** Periods the coach can speak to: its analysis is always as of today. */
    private static final int COACH_RECENT_DAYS = 45;
    private static final int DEFAULT_LIST = 10;

    private final String message;
    private final LocalDate today;
    private final List<String> words;
    private final List<NamedPeriod> periods;
    private final boolean future;
    private final List<Quantities.Bound> bounds;
    private final Integer limit;
    private final List<Lexicon.Found> found;
    private final List<String> unknown;

    private QuestionReader(String message, LocalDate today) {
        this.message = message;
        this.today = today;
        this.words = Words.of(message, KNOWN, MEANINGFUL, today.getYear());
        var used = new boolean[words.size()];
        var periodResult = PeriodReader.read(words, used, today);
        this.future = periodResult.future();
        var quantities = Quantities.read(words, used);
        this.bounds = quantities.bounds();
        this.limit = quantities.limit();
        var concepts = new ArrayList<>(Lexicon.read(words, used));
        concepts.removeIf(f -> f.concept() instanceof Lexicon.Filler);
        // "average HR when swimming": "when" as "while", not a question of when
        concepts.removeIf(f -> f.concept() instanceof AskWord ask && ask.ask() == Ask.WHEN && concepts.stream()
                .anyMatch(g -> g.start() == f.end() && g.concept() instanceof SportWord
                        && words.get(g.end() - 1).endsWith("ing")));
        var left = new ArrayList<String>();
        dropExcludedOtherSport(concepts);
        for (var f : List.copyOf(concepts)) {
            // "marathon training", "ultra month": a time named after a race, not a distance to select by
            if (f.concept() instanceof RaceWord && f.end() < words.size()
                    && RACE_TIMES.contains(words.get(f.end()))) {
                concepts.remove(f);
                left.add(String.join(" ", words.subList(f.start(), f.end() + 1)));
                used[f.end()] = true;
            }
        }
        this.found = List.copyOf(concepts);
        var lowerDistanceBound = bounds.stream().anyMatch(b -> b.kind() == Quantities.Kind.DISTANCE
                && b.min() != null);
        for (var i = 0; i < words.size(); i++) {
            // "long runs (10+ miles)": the bound says what long means
            var namedLong = lowerDistanceBound && words.get(i).equals("long");
            if (!used[i] && !Lexicon.isFiller(words.get(i)) && !namedLong) {
                left.add(words.get(i));
            }
        }
        this.unknown = List.copyOf(left);
        this.periods = has(CompareWord.class) ? periodResult.periods()
                : narrowest(joinedByAnd(periodResult.periods()));
    }

    private static final Set<String> RACE_TIMES = Set.of("month", "week", "year", "season", "training", "block",
            "prep", "build", "cycle", "buildup");

    /**
     * "Walks only, not runs": a sport excluded that the question does not select anyway is no filter; the negation
     * and the sport are set aside. Any other negation stays, and the question is refused.
     */
    private static void dropExcludedOtherSport(List<Lexicon.Found> concepts) {
        for (var k = 0; k + 1 < concepts.size(); k++) {
            var negation = concepts.get(k);
            var next = concepts.get(k + 1);
            if (!(negation.concept() instanceof Negation) || !(next.concept() instanceof SportWord excluded)
                    || next.start() != negation.end() || excluded.sports().isAll()) {
                continue;
            }
            var others = concepts.stream().filter(f -> f != next && f.concept() instanceof SportWord)
                    .map(f -> ((SportWord) f.concept()).sports()).filter(sports -> !sports.isAll()).toList();
            var disjoint = !others.isEmpty() && others.stream().allMatch(sports -> sports.types().stream()
                    .noneMatch(excluded.sports().types()::contains));
            if (disjoint) {
                concepts.remove(k + 1);
                concepts.remove(k);
                k--;
            }
        }
    }

    /** "September and October 2022 combined": two periods one after the other, joined by "and", as one. */
    private List<NamedPeriod> joinedByAnd(List<NamedPeriod> periods) {
        if (periods.size() != 2) {
            return periods;
        }
        var a = periods.get(0).days();
        var b = periods.get(1).days();
        if (a.to() == null || b.from() == null || !a.to().plusDays(1).equals(b.from())) {
            return periods;
        }
        var between = words.subList(Math.min(words.size(), periods.get(0).position() + 1),
                periods.get(1).position());
        if (!between.contains("and") || !Set.of("and", "&", "plus", "in", "of").containsAll(
                between.stream().filter(w -> !MonthNames.month(w).isPresent()).toList())) {
            return periods;
        }
        var days = DayRange.of(a.from(), b.to());
        return List.of(new NamedPeriod(days, "from " + PeriodReader.fromTo(days.from(), days.to()),
                periods.get(0).position(), NamedPeriod.Calendar.OTHER));
    }

    /**
     * Two periods where one lies within the other ("2025, before August", "summer 2024 (June to August)") without
     * a comparison asked: the days both name.
     */
    private static List<NamedPeriod> narrowest(List<NamedPeriod> periods) {
        if (periods.size() != 2) {
            return periods;
        }
        var a = periods.get(0);
        var b = periods.get(1);
        if (a.days().equals(b.days())) {
            return List.of(a); // "Q4 2024 (Oct-Dec)": said twice
        }
        if (within(b.days(), a.days())) {
            return List.of(b);
        }
        if (within(a.days(), b.days())) {
            return List.of(a);
        }
        var from = later(a.days().from(), b.days().from());
        var to = earlier(a.days().to(), b.days().to());
        if (isClosed(a.days()) == isClosed(b.days()) || from == null || to == null || to.isBefore(from)) {
            return periods;
        }
        // "in 2025 before August": one open-ended, the other closed; their overlap
        var days = DayRange.of(from, to);
        return List.of(new NamedPeriod(days, "from " + PeriodReader.fromTo(from, to), Math.min(a.position(),
                b.position()), NamedPeriod.Calendar.OTHER));
    }

    private static boolean isClosed(DayRange days) {
        return days.from() != null && days.to() != null;
    }

    private static boolean within(DayRange inner, DayRange outer) {
        return (outer.from() == null || inner.from() != null && !inner.from().isBefore(outer.from()))
                && (outer.to() == null || inner.to() != null && !inner.to().isAfter(outer.to()));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    static Reading read(String message, LocalDate today) {
        return new QuestionReader(message, today).reading();
    }

    private Reading reading() {
        // "find the run where I saw a deer"; not "I'm trying to remember ... the total distance in September"
        var asksFigures = has(MeasureWord.class) || has(StatisticWord.class) || asks(Ask.COUNT) || asks(Ask.HOW_MUCH);
        if (has(RecallWord.class) && !unknown.isEmpty() && !asksFigures) {
            return understood(new Query.RecallActivities(message.strip(), 3), Shape.RECALL, List.of(), "", List.of());
        }
        if (!unknown.isEmpty()) {
            return new Reading.Unclear(unknown, understoodSoFar());
        }
        if (has(Negation.class)) {
            return new Reading.Unclear(words(Negation.class), understoodSoFar());
        }
        if (has(Lexicon.Unsupported.class)) {
            return new Reading.Unanswerable("I can't tell " + concepts(Lexicon.Unsupported.class).getFirst().what()
                    + " from your data");
        }
        if (has(Lexicon.WorkoutsWord.class) && !has(Lexicon.EverySport.class) && !has(SportWord.class)) {
            return new Reading.Unanswerable("\"workouts\" can mean all your activities or only those Strava types "
                    + "as Workout; ask about \"all activities\" or \"activities typed Workout\"");
        }
        if (found.stream().allMatch(f -> f.concept() instanceof AskWord) && periods.isEmpty() && bounds.isEmpty()
                && !future) {
            return new Reading.NotAQuestion(); // "what about it?", "how many?": nothing to answer about
        }
        if (has(CoachWord.class)) {
            return coach();
        }
        if (future) {
            return new Reading.Unanswerable("that lies in the future, and your history only holds what you have "
                    + "done; ask \"plan my week\" for what to run next");
        }
        if (has(RecordsWord.class)) {
            return records();
        }
        if (has(GoalsWord.class)) {
            return understood(new Query.ListGoals(), Shape.GOALS, List.of(), "your goals", List.of());
        }
        var sports = sports();
        if (sports == null) {
            return new Reading.Unanswerable("you named two different sports; I answer for one sport family, or for "
                    + "all activities, at a time");
        }
        var selectionOrWhy = selection(sports);
        if (selectionOrWhy instanceof String why) {
            return new Reading.Unanswerable(why);
        }
        var selection = (Selection) selectionOrWhy;
        var mark = thresholdMark();
        if (mark != null) {
            return threshold(selection, mark);
        }
        var ambiguous = totalOrSingle();
        if (ambiguous != null) {
            return new Reading.Unanswerable(ambiguous);
        }
        if (periods.size() >= 2 && !has(CompareWord.class)) {
            return new Reading.Unclear(List.of(), "two periods (" + periods.get(0).name() + " and "
                    + periods.get(1).name() + ") with no comparison asked; ask about one, or compare them (\""
                    + periods.get(0).name() + " or " + periods.get(1).name() + "\")");
        }
        if (periods.size() >= 2 || (periods.size() == 1 && has(CompareWord.class) && has(Recency.class))) {
            return compare(selection);
        }
        if (periods.size() == 1 && has(CompareWord.class) && !has(Superlative.class) && !has(Most.class)) {
            return compare(selection);
        }
        if (rankBucket() != null && (has(Superlative.class) || has(Most.class))) {
            return rank(selection);
        }
        var ordered = orderByMeasure();
        if (ordered != null) {
            return activities(selection, ordered);
        }
        var statistic = statistic();
        if (statistic != null && statistic.name().startsWith("BY_")) {
            return breakdown(selection, statistic);
        }
        if (has(Superlative.class) || has(Recency.class) || asks(Ask.LIST) || asks(Ask.WHAT_DID)
                || asks(Ask.WHEN)) {
            return activities(selection, null);
        }
        return aggregate(selection, statistic);
    }

    // ---- kinds of question ----

    private Reading coach() {
        var topics = concepts(CoachWord.class).stream().map(CoachWord::topic).collect(Collectors.toSet());
        var topic = first(topics, CoachTopic.NEXT_SESSION, CoachTopic.READINESS, CoachTopic.PLAN, CoachTopic.PACES,
                CoachTopic.PREDICTIONS, CoachTopic.OVERVIEW);
        if (future && topic == CoachTopic.OVERVIEW) {
            topic = CoachTopic.PLAN;
        }
        for (var period : periods) {
            var days = period.days();
            if (days.isAllTime() || days.to() == null || days.to().isBefore(today.minusDays(COACH_RECENT_DAYS))
                    || days.from() == null || days.from().isBefore(today.minusDays(COACH_RECENT_DAYS))) {
                return new Reading.Unanswerable("the coach assesses your training as it stands today, not "
                        + period.phrase() + "; for figures of that period ask, for example, \"how far did I run "
                        + period.phrase() + "?\"");
            }
        }
        // "can I break 50 minutes for a 10k": a target time for a race is part of the coaching question
        var raceOnly = bounds.stream().allMatch(b -> b.phrase().endsWith(" or more")
                || b.kind() == Quantities.Kind.DURATION && raceMetres() != null);
        if (!raceOnly || has(Superlative.class) || has(Most.class) || asks(Ask.COUNT) || has(RecordsWord.class)) {
            return new Reading.Unclear(List.of(), "a coaching question mixed with a question about figures; ask "
                    + "them one at a time");
        }
        return understood(new Query.AskCoach(topic), Shape.COACH, List.of(), topic.code(), periods);
    }

    private Reading records() {
        if (sports() != null && !Sports.RUNS.equals(sports()) && has(SportWord.class)) {
            return new Reading.Unanswerable("personal records are kept for runs (5k, 10k, half and marathon)");
        }
        if (periods.size() > 1) {
            return new Reading.Unclear(List.of(), "records over two periods at once");
        }
        var days = periods.isEmpty() ? DayRange.ALL_TIME : periods.getFirst().days();
        var period = periods.isEmpty() ? null : periods.getFirst();
        // "marathon pb?": the one record, named by its runs ("runs of at least a marathon"), as "fastest 5k" is
        var subject = raceMetres() != null ? subject(Selection.of(Sports.RUNS, days), period)
                : "your records" + (period == null ? "" : " " + period.phrase());
        return understood(new Query.PersonalRecords(days), Shape.RECORDS, List.of(), subject, periods);
    }

    private Reading compare(Selection selection) {
        var first = periods.getFirst();
        var second = periods.size() >= 2 ? periods.get(1) : first.previous();
        if (periods.size() > 2) {
            return new Reading.Unclear(List.of(), "a comparison of more than two periods");
        }
        var measures = measures(countsActivities() || asks(Ask.COUNT) || !selection.sports().measuredByDistance()
                ? Measure.COUNT : Measure.DISTANCE);
        var query = new Query.ComparePeriods(selection.withDays(DayRange.ALL_TIME), first.days(), second.days());
        return understood(query, Shape.COMPARE, measures, subject(selection, null), List.of(first, second));
    }

    /** "my biggest week", "which month in 2024 did I run the most", "most runs in a week". */
    private Reading rank(Selection selection) {
        var bucket = rankBucket();
        var superlatives = concepts(Superlative.class);
        var most = concepts(Most.class);
        boolean highest;
        Measure measure;
        var measured = measures(null);
        if (!superlatives.isEmpty()) {
            var superlative = superlatives.getFirst();
            var word = text(Superlative.class);
            if (word.equals("best")) {
                measure = measured.isEmpty() ? Measure.DISTANCE : measured.getFirst();
                highest = measure != Measure.PACE;
            } else {
                measure = measured.isEmpty() ? superlative.measure() : measured.getFirst();
                highest = superlative.highest();
            }
        } else {
            highest = most.getFirst().highest();
            measure = !measured.isEmpty() ? measured.getFirst()
                    : countsActivities() || !selection.sports().measuredByDistance() ? Measure.COUNT
                    : Measure.DISTANCE;
        }
        if (measure == Measure.PACE && has(Most.class)) {
            highest = !highest; // "highest pace" is the fastest: the fewest seconds per km
        }
        var days = periods.isEmpty() ? DayRange.ALL_TIME : periods.getFirst().days();
        var query = new Query.RankPeriods(selection.withDays(days), bucket, measure, highest,
                limit == null ? 1 : limit);
        return understood(query, Shape.RANK, List.of(measure), subject(selection, periods.isEmpty() ? null
                : periods.getFirst()), periods);
    }

    private Reading breakdown(Selection selection, Statistic statistic) {
        var bucket = switch (statistic) {
            case BY_DAY -> StatsPeriod.DAY;
            case BY_WEEK -> StatsPeriod.WEEK;
            case BY_MONTH -> StatsPeriod.MONTH;
            default -> StatsPeriod.YEAR;
        };
        var measures = measures(asks(Ask.COUNT) ? Measure.COUNT : Measure.DISTANCE);
        var period = periods.isEmpty() ? null : periods.getFirst();
        var query = new Query.SumActivities(selection, bucket);
        return understood(query, Shape.BREAKDOWN, measures, subject(selection, period), periods);
    }

    /**
     * "Which run had the most climbing", "my biggest elevation gain": a generic superlative with a measure orders
     * activities by that measure; null when the question is not of that form.
     */
    private Order orderByMeasure() {
        var measured = measures(null);
        var superlatives = words(Superlative.class);
        var generic = superlatives.stream().allMatch(GENERIC_SUPERLATIVES::contains)
                && (has(Most.class) || !superlatives.isEmpty());
        if (measured.isEmpty() || rankBucket() != null || !generic) {
            return null;
        }
        var highest = concepts(Most.class).stream().allMatch(Most::highest);
        return switch (measured.getFirst()) {
            case DISTANCE -> highest ? Order.LONGEST : Order.SHORTEST;
            case ELEVATION_GAIN -> highest ? Order.MOST_CLIMB : null;
            case AVERAGE_HEARTRATE -> highest ? Order.HIGHEST_HEARTRATE : null;
            case CALORIES -> highest ? Order.MOST_CALORIES : null;
            case MOVING_TIME -> highest ? Order.LONGEST_TIME : null;
            case PACE -> highest ? Order.FASTEST : Order.SLOWEST;
            default -> null;
        };
    }

    private static final Set<String> GENERIC_SUPERLATIVES = Set.of("biggest", "highest", "largest");

    private Reading activities(Selection selection, Order measured) {
        var orders = measured != null ? List.of(measured)
                : concepts(Superlative.class).stream().map(Superlative::order).distinct().toList();
        var recency = concepts(Recency.class).stream().map(Recency::newest).distinct().toList();
        if (orders.size() > 1 || recency.size() > 1 || (!orders.isEmpty() && !recency.isEmpty()
                && orders.getFirst() != Order.FASTEST)) {
            return new Reading.Unclear(List.of(), "two orders at once (" + text(Superlative.class, Recency.class)
                    + ")");
        }
        Order order;
        if (!orders.isEmpty()) {
            order = orders.getFirst();
        } else if (!recency.isEmpty()) {
            order = recency.getFirst() ? Order.NEWEST : Order.OLDEST;
        } else {
            order = Order.NEWEST;
        }
        if (order == Order.FASTEST && isStandardRace(raceMetres()) && Sports.RUNS.equals(selection.sports())
                && onlyDistanceBound(selection) && !asks(Ask.LIST) && (limit == null || limit == 1)) {
            // "my fastest 5k": the record at that distance, chosen as the coach chooses its evidence
            var period = periods.isEmpty() ? null : periods.getFirst();
            return understood(new Query.PersonalRecords(selection.days()), Shape.RECORDS, List.of(),
                    subject(selection, period), periods);
        }
        if (order == Order.FASTEST && selection.minDistanceM() == null) {
            // the fastest "run" of 200 m is a sprint or a glitch: a pace record needs some distance
            selection = selection.withMinDistance(1000.0);
        }
        var listing = asks(Ask.LIST) || asks(Ask.WHAT_DID) || (limit != null && limit > 1);
        var count = limit != null ? limit : listing ? DEFAULT_LIST : 1;
        var shape = listing ? Shape.LIST : asks(Ask.WHEN) ? Shape.WHEN : Shape.ONE;
        var period = periods.isEmpty() ? null : periods.getFirst();
        var subject = subject(selection, period);
        if (order == Order.FASTEST && selection.minDistanceM() != null && selection.minDistanceM() == 1000.0
                && bounds.isEmpty() && !has(RaceWord.class)) {
            subject = subject.replaceFirst(selection.sports().plural(), selection.sports().plural()
                    + " of at least 1 km");
        }
        return understood(new Query.FindActivities(selection, order, count), shape, List.of(), subject, periods);
    }

    private Reading aggregate(Selection selection, Statistic statistic) {
        Measure fallback;
        if (asks(Ask.COUNT) || asks(Ask.DID)) {
            fallback = Measure.COUNT;
        } else if (asks(Ask.HOW_LONG)) {
            fallback = Measure.MOVING_TIME;
        } else {
            fallback = Measure.DISTANCE;
        }
        var measures = measures(fallback);
        var plainQuestion = !asks(Ask.COUNT) && !asks(Ask.HOW_MUCH) && !asks(Ask.HOW_LONG) && !asks(Ask.DID)
                && statistic == null && measures(null).isEmpty();
        var period = periods.isEmpty() ? null : periods.getFirst();
        Shape shape;
        if (statistic == Statistic.PER_WEEK || statistic == Statistic.PER_MONTH) {
            shape = statistic == Statistic.PER_WEEK ? Shape.AVERAGE_PER_WEEK : Shape.AVERAGE_PER_MONTH;
            if (period == null) {
                // "my weekly mileage": as it stands, over the last four weeks (or twelve months)
                period = statistic == Statistic.PER_WEEK ? lastDays(28, "in the last 4 weeks")
                        : lastDays(365, "in the last 12 months");
                selection = selection.withDays(period.days());
            }
        } else if (statistic == Statistic.AVERAGE) {
            shape = Shape.AVERAGE_PER_ACTIVITY;
        } else if (asks(Ask.DID) && measures(null).isEmpty() && !asks(Ask.COUNT) && !asks(Ask.HOW_MUCH)
                && !asks(Ask.HOW_LONG)) {
            shape = Shape.YES_NO;
        } else if (plainQuestion) {
            shape = Shape.SUMMARY;
        } else {
            shape = Shape.TOTAL;
        }
        var query = new Query.SumActivities(selection, null);
        return understood(query, shape, measures, subject(selection, period), period == null ? List.of()
                : List.of(period));
    }

    /**
     * "Did I run more than 100 km in 2024?" asks for a total; "did I run over 30 km?" for a single run. A distance
     * bound right after a verb ("run", "rode") with a period is the first kind, which the reader cannot tell apart
     * from the second for sure: it asks rather than guesses.
     */
    private String totalOrSingle() {
        if (asks(Ask.COUNT) || periods.isEmpty() || periods.getFirst().days().isAllTime() || has(Superlative.class)
                || has(Recency.class)) {
            return null;
        }
        for (var bound : bounds) {
            if (bound.kind() == Quantities.Kind.DISTANCE && bound.start() > 0
                    && VERBS.contains(words.get(bound.start() - 1))) {
                return "I cannot tell whether you mean single " + sports().plural() + " " + bound.phrase()
                        + " or your total " + periods.getFirst().phrase() + "; ask \"how many " + sports().plural()
                        + " " + bound.phrase().replaceFirst("^of ", "over ").replace("over at least", "over")
                        + "\" or \"how far did I go " + periods.getFirst().phrase() + "\"";
            }
        }
        return null;
    }

    /**
     * The mark of "did I hit 1000 km this year?" ("hit", "reach", "break" before a distance), or of "did I run over
     * 3000 km in 2025?" (no single run is that long): a total is asked for, measured against that distance.
     */
    private Quantities.Bound thresholdMark() {
        var distances = bounds.stream().filter(b -> b.kind() == Quantities.Kind.DISTANCE && b.min() != null).toList();
        if (distances.size() != 1 || has(Superlative.class) || has(Recency.class) || asks(Ask.COUNT)) {
            return null;
        }
        var bound = distances.getFirst();
        return has(Lexicon.Threshold.class) || bound.min() >= LONGER_THAN_ANY_RUN_M ? bound : null;
    }

    /** 250 km: beyond the longest single runs people log (100-mile races are 161 km). */
    private static final double LONGER_THAN_ANY_RUN_M = 250_000;

    private Reading threshold(Selection selection, Quantities.Bound mark) {
        var unbounded = Selection.of(selection.sports(), selection.days());
        var period = periods.isEmpty() ? null : periods.getFirst();
        var query = new Query.SumActivities(unbounded, null);
        return new Understood(query, Shape.THRESHOLD, List.of(Measure.DISTANCE), subject(unbounded, period, false),
                periods, mark.phrase().endsWith(" or more") ? mark.min() / 0.99 : mark.min());
    }

    private static final Set<String> VERBS = Set.of("run", "ran", "ride", "rode", "cycle", "cycled", "bike",
            "biked", "swim", "swam", "walk", "walked", "hike", "hiked", "jog", "jogged", "row", "rowed", "go",
            "went", "do", "did", "cover", "covered");

    private static boolean isStandardRace(Double metres) {
        if (metres == null) {
            return false;
        }
        return app.runaway.coach.RaceDistances.STANDARD.stream().anyMatch(race -> Math.abs(race.metres() - metres) < 1);
    }

    /** Whether the selection is bounded by distance alone (a record is over all runs of that distance). */
    private static boolean onlyDistanceBound(Selection selection) {
        return selection.maxDistanceM() == null && selection.minPaceSPerKm() == null
                && selection.maxPaceSPerKm() == null && selection.minHeartrate() == null
                && selection.maxHeartrate() == null && selection.minClimbM() == null
                && selection.minMovingTimeS() == null && selection.maxMovingTimeS() == null
                && selection.words() == null && !selection.racesOnly();
    }

    // ---- the selection ----

    /** The selection the question describes, or why it cannot be made. */
    private Object selection(Sports sports) {
        Double minDistance = null;
        Double maxDistance = null;
        Double minPace = null;
        Double maxPace = null;
        Double minHr = null;
        Double maxHr = null;
        Double minClimb = null;
        Double minTime = null;
        Double maxTime = null;
        for (var bound : bounds) {
            switch (bound.kind()) {
                case DISTANCE -> {
                    minDistance = bound.min() != null ? bound.min() : minDistance;
                    maxDistance = bound.max() != null ? bound.max() : maxDistance;
                }
                case PACE -> {
                    minPace = bound.min() != null ? bound.min() : minPace;
                    maxPace = bound.max() != null ? bound.max() : maxPace;
                }
                case HEARTRATE -> {
                    minHr = bound.min() != null ? bound.min() : minHr;
                    maxHr = bound.max() != null ? bound.max() : maxHr;
                }
                case CLIMB -> {
                    if (bound.max() != null) {
                        return "I can find activities with at least some climb, not at most";
                    }
                    minClimb = bound.min();
                }
                case DURATION -> {
                    minTime = bound.min() != null ? bound.min() : minTime;
                    maxTime = bound.max() != null ? bound.max() : maxTime;
                }
            }
        }
        var races = concepts(RaceWord.class);
        if (races.stream().map(RaceWord::name).distinct().count() > 1) {
            return "you named two race distances (" + races.stream().map(RaceWord::name).distinct()
                    .collect(Collectors.joining(" and ")) + "); ask about one at a time";
        }
        var raceBounds = concepts(Lexicon.RaceBound.class);
        if (!raceBounds.isEmpty() && races.isEmpty()) {
            return "I could not tell what \"" + text(Lexicon.RaceBound.class) + "\" compares with; write the "
                    + "distance, e.g. \"over 20 km\"";
        }
        if (!races.isEmpty()) {
            var race = races.getFirst();
            if (!raceBounds.isEmpty() && raceBounds.getFirst().under()) {
                maxDistance = Math.nextDown(race.metres() * 0.99);
            } else {
                minDistance = race.name().equals("ultra") ? race.metres() : race.metres() * 0.99;
            }
        }
        var names = concepts(NameWord.class).stream().map(NameWord::text).distinct().toList();
        var days = periods.isEmpty() ? DayRange.ALL_TIME : periods.getFirst().days();
        return new Selection(sports, days, minDistance, maxDistance, minPace, maxPace, minHr, maxHr, minClimb,
                minTime == null ? null : (int) Math.ceil(minTime), maxTime == null ? null : (int) Math.floor(maxTime),
                names.isEmpty() ? null : String.join(" ", names), has(RacesWord.class));
    }

    /**
     * The sports named (their union); runs when none is named, every activity for "what did I do"; null when two
     * unrelated ones are named.
     */
    private Sports sports() {
        if (has(Lexicon.EverySport.class)) {
            return Sports.ALL; // "total distance across all sports: run, bike, swim, everything"
        }
        var all = concepts(SportWord.class).stream().map(SportWord::sports).distinct().toList();
        if (all.isEmpty()) {
            return asks(Ask.WHAT_DID) ? Sports.ALL : Sports.RUNS;
        }
        // "yoga sessions", "nordic ski sessions": the generic noun names no sport of its own
        var named = all.stream().filter(s -> !s.equals(Sports.ALL)).toList();
        if (named.isEmpty()) {
            return Sports.ALL;
        }
        if (named.size() == 1) {
            return named.getFirst();
        }
        // "trail runs" within "runs": the narrower one, when it lies within every other one named
        for (var candidate : named) {
            if (named.stream().allMatch(s -> s.types().containsAll(candidate.types()))) {
                return candidate;
            }
        }
        return null;
    }

    /** "runs of at least 20 km in 2024", "rides tagged as races this year". */
    private String subject(Selection selection, NamedPeriod period) {
        return subject(selection, period, true);
    }

    private String subject(Selection selection, NamedPeriod period, boolean withBounds) {
        var parts = new ArrayList<String>();
        parts.add(selection.racesOnly() ? (selection.sports().isAll() ? "races" : selection.sports().plural()
                + " tagged as races") : selection.sports().plural());
        var races = withBounds ? concepts(RaceWord.class) : List.<RaceWord>of();
        if (!races.isEmpty()) {
            var race = races.getFirst();
            if (under()) {
                parts.add(String.format(Locale.ROOT, "shorter than a %s (%.1f km, less 1 %% for GPS)", race.name(),
                        race.metres() / 1000));
            } else {
                parts.add(race.name().equals("ultra") ? "longer than a marathon"
                        : String.format(Locale.ROOT, "of at least a %s (%.1f km, less 1 %% for GPS)", race.name(),
                        race.metres() / 1000));
            }
        }
        for (var bound : withBounds ? bounds : List.<Quantities.Bound>of()) {
            parts.add(switch (bound.kind()) {
                case HEARTRATE -> "with " + bound.phrase();
                case CLIMB -> "with " + bound.phrase().replaceFirst("^of ", "");
                case PACE -> "at a pace " + bound.phrase().replaceFirst("^of ", "");
                default -> bound.phrase();
            });
        }
        if (selection.words() != null) {
            parts.add("named \"" + selection.words() + "\"");
        }
        if (period != null) {
            parts.add(period.phrase());
        }
        return String.join(" ", parts);
    }

    // ---- concepts ----

    private StatsPeriod rankBucket() {
        var buckets = concepts(Bucket.class);
        if (!buckets.isEmpty()) {
            return buckets.getFirst().period();
        }
        var statistic = statistic();
        if (statistic == Statistic.PER_WEEK) {
            return StatsPeriod.WEEK;
        }
        if (statistic == Statistic.PER_MONTH) {
            return StatsPeriod.MONTH;
        }
        if (statistic == Statistic.BY_YEAR) {
            return StatsPeriod.YEAR;
        }
        return statistic == Statistic.BY_DAY ? StatsPeriod.DAY : null;
    }

    /** The statistic asked for; "average km per week" is a weekly average, not one per activity. */
    private Statistic statistic() {
        var statistics = concepts(StatisticWord.class).stream().map(StatisticWord::statistic)
                .filter(s -> s != Statistic.TOTAL).distinct().toList();
        if (statistics.size() > 1 && statistics.contains(Statistic.AVERAGE)) {
            statistics = statistics.stream().filter(s -> s != Statistic.AVERAGE).toList();
        }
        return statistics.isEmpty() ? null : statistics.getFirst();
    }

    /** The measures named, in order; the fallback alone when none is. */
    private List<Measure> measures(Measure fallback) {
        var named = new LinkedHashSet<Measure>();
        concepts(MeasureWord.class).forEach(m -> named.add(m.measure()));
        if (named.isEmpty()) {
            return fallback == null ? List.of() : List.of(fallback);
        }
        return List.copyOf(named);
    }

    /**
     * "most runs", "the most lifting sessions", "more bike rides", "more times": how many, when a sport noun (or
     * "times", "often") follows "most" or "more".
     */
    private boolean countsActivities() {
        for (var most : found) {
            if (most.concept() instanceof Most || most.concept() instanceof CompareWord) {
                if (most.end() < words.size() && Set.of("times", "often", "frequently").contains(words.get(most.end()))) {
                    return true;
                }
                for (var next : found) {
                    if (next.concept() instanceof SportWord sport && next.start() >= most.end()
                            && next.start() <= most.end() + 1) {
                        return countNoun(next, sport);
                    }
                }
            }
        }
        return asks(Ask.COUNT);
    }

    /**
     * Whether a sport after "most" names activities to count ("runs", "lifting sessions") rather than the doing of
     * it ("the most running", "the most cycling"), which is measured by distance.
     */
    private boolean countNoun(Lexicon.Found sportAt, SportWord sport) {
        var last = words.get(sportAt.end() - 1);
        if (last.endsWith("s") && !VERBS.contains(last) && !last.endsWith("ing")) {
            return true;
        }
        return found.stream().anyMatch(f -> f.start() == sportAt.end() && f.concept() instanceof SportWord next
                && next.sports().isAll());
    }

    private NamedPeriod lastDays(int days, String phrase) {
        var from = today.minusDays(days - 1L);
        return new NamedPeriod(DayRange.of(from, today), phrase + " (" + PeriodReader.fromTo(from, today) + ")", 0,
                NamedPeriod.Calendar.OTHER);
    }

    private boolean has(Class<? extends Concept> kind) {
        return found.stream().anyMatch(f -> kind.isInstance(f.concept()));
    }

    private boolean asks(Ask ask) {
        return concepts(AskWord.class).stream().anyMatch(a -> a.ask() == ask);
    }

    private <T extends Concept> List<T> concepts(Class<T> kind) {
        return found.stream().map(Lexicon.Found::concept).filter(kind::isInstance).map(kind::cast).toList();
    }

    @SafeVarargs
    private String text(Class<? extends Concept>... kinds) {
        var texts = new ArrayList<String>();
        for (var f : found) {
            for (var kind : kinds) {
                if (kind.isInstance(f.concept())) {
                    texts.add(String.join(" ", words.subList(f.start(), f.end())));
                }
            }
        }
        return String.join(", ", texts);
    }

    private List<String> words(Class<? extends Concept> kind) {
        return found.stream().filter(f -> kind.isInstance(f.concept()))
                .map(f -> String.join(" ", words.subList(f.start(), f.end()))).toList();
    }

    private static CoachTopic first(Set<CoachTopic> topics, CoachTopic... priority) {
        for (var topic : priority) {
            if (topics.contains(topic)) {
                return topic;
            }
        }
        return CoachTopic.OVERVIEW;
    }

    /** What was understood before an unknown word stopped the reading, for the refusal. */
    private String understoodSoFar() {
        var parts = new LinkedHashSet<String>();
        var sports = sports();
        if ((has(SportWord.class) || has(Lexicon.EverySport.class)) && sports != null) {
            parts.add(sports.plural());
        }
        periods.forEach(p -> parts.add(p.phrase()));
        bounds.forEach(b -> parts.add(b.phrase()));
        var seen = new HashSet<String>();
        for (var f : found) {
            var phrase = String.join(" ", words.subList(f.start(), f.end()));
            if (!(f.concept() instanceof SportWord) && !(f.concept() instanceof AskWord) && seen.add(phrase)) {
                parts.add("\"" + phrase + "\"");
            }
        }
        return String.join(", ", parts);
    }

    private Understood understood(Query query, Shape shape, List<Measure> measures, String subject,
                                  List<NamedPeriod> periods) {
        return new Understood(query, shape, measures, subject, periods, raceMetres());
    }

    private boolean under() {
        var bounds = concepts(Lexicon.RaceBound.class);
        return !bounds.isEmpty() && bounds.getFirst().under();
    }

    /** The race distance named, as a race ("half marathon") or as a bare distance ("fastest 10k"). */
    private Double raceMetres() {
        var races = concepts(RaceWord.class);
        if (!races.isEmpty() && !races.getFirst().name().equals("ultra") && !under()) {
            return races.getFirst().metres();
        }
        return bounds.stream().filter(b -> b.kind() == Quantities.Kind.DISTANCE && b.min() != null
                && b.max() == null && b.phrase().endsWith(" or more"))
                .map(b -> b.min() / 0.99).findFirst().orElse(null);
    }
}
