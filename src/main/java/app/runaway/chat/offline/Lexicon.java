package app.runaway.chat.offline;

import app.runaway.activity.ActivityFilter;
import app.runaway.activity.StatsPeriod;
import app.runaway.coach.RaceDistances;
import app.runaway.query.CoachTopic;
import app.runaway.query.Measure;
import app.runaway.query.Sports;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words and phrases the reader understands, each with what it means (a {@link Concept}), and the words that
 * carry no meaning of their own ("how", "did", "my"). A word in neither list is a word the reader does not
 * understand, and a question holding one is not answered as if it were absent.
 */
final class Lexicon {

    /** What a phrase means. */
    sealed interface Concept {
    }

    record SportWord(Sports sports) implements Concept {
    }

    /** A measure a question asks about ("how far": distance; "elevation": climb). */
    record MeasureWord(Measure measure) implements Concept {
    }

    enum Statistic { AVERAGE, PER_WEEK, PER_MONTH, TOTAL, BY_DAY, BY_WEEK, BY_MONTH, BY_YEAR }

    record StatisticWord(Statistic statistic) implements Concept {
    }

    /** An activity superlative: the order, and the measure it orders by when a period is ranked instead. */
    record Superlative(ActivityFilter.Order order, Measure measure, boolean highest) implements Concept {
    }

    /** "most", "least", "biggest": a ranking whose measure comes from elsewhere in the question. */
    record Most(boolean highest) implements Concept {
    }

    /** A calendar bucket named as a noun ("week", "month"): what a ranking ranks. */
    record Bucket(StatsPeriod period) implements Concept {
    }

    record Recency(boolean newest) implements Concept {
    }

    enum Ask { COUNT, HOW_MUCH, WHEN, WHICH, LIST, DID, WHAT_DID, HOW_LONG }

    record AskWord(Ask ask) implements Concept {
    }

    record CompareWord() implements Concept {
    }

    record RecordsWord() implements Concept {
    }

    record CoachWord(CoachTopic topic) implements Concept {
    }

    record GoalsWord() implements Concept {
    }

    record RecallWord() implements Concept {
    }

    /** A race distance by name: runs of at least that distance (99 % of it, for GPS). */
    record RaceWord(String name, double metres) implements Concept {
    }

    record RacesWord() implements Concept {
    }

    /** "over", "under" before a race name: at least (or less than) that distance. */
    record RaceBound(boolean under) implements Concept {
    }

    /** Something runners ask about that the data (or chat) cannot answer yet, named for the refusal. */
    record Unsupported(String what) implements Concept {
    }

    /** "Did I hit 1000 km this year?": a total measured against a mark. */
    record Threshold() implements Concept {
    }

    /** Words to find in names or descriptions ("parkrun"). */
    record NameWord(String text) implements Concept {
    }

    /** "not", "without": a question that excludes something; answered only when what it excludes is clear. */
    record Negation() implements Concept {
    }

    /** A phrase that carries no meaning of its own ("so far", "back then"), though its words alone might. */
    record Filler() implements Concept {
    }

    /** "All sports", "everything": every activity, whatever sports the question also lists. */
    record EverySport() implements Concept {
    }

    /**
     * "Workouts": every activity to some runners, only what Strava types as Workout to others. With a sport ("run
     * workouts") or every sport named ("workouts of any kind") it adds nothing; alone it is asked about.
     */
    record WorkoutsWord() implements Concept {
    }

    private static final Map<List<String>, Concept> PHRASES = new HashMap<>();
    private static int longestPhrase;

    /** Words that carry no meaning of their own in a question about one's training. */
    private static final Set<String> FILLER = Set.copyOf(Arrays.asList((
            "how what which when was were is are am be been being did do does done doing have has had i me my mine "
            + "myself we our the a an of in on at for during to and so please tell give can could would will you "
            + "your let us know much many all there that this it its go went gone get got log logged record "
            + "recorded tracked complete completed finish finished make made put cover covered manage managed "
            + "clock clocked rack racked up out just about roughly approximately exactly whole entire yet any some "
            + "again one ones by from with then those these them they time times hey hi hello thanks thank ok okay "
            + "runaway check see look want wanted like need curious wondering wonder remind into off actually "
            + "really exact data stats statistics number amount every each per value figure s if here throughout "
            + "across together result results history top there's whats i've you've ever till now currently "
            + "current been overall so-far also even quick quickly help question answer q - spent spend spending "
            + "single going trending looking should based wise way kind sort effort efforts performance as typed "
            + "anything something sure maybe possibly strava play played playing using lol haha while different "
            + "unique distinct separate only included realistically honestly pls plz thinking wait bit feeling "
            + "pretty fit trying looked then use used upload uploaded uploads back").split(" ")));

    static {
        // ---- sports: every word Sports knows ----
        Sports.vocabulary().forEach((phrase, sports) -> add(new SportWord(sports), phrase));
        add(new WorkoutsWord(), "workouts");
        add(new SportWord(Sports.ALL), "train", "trained", "training", "exercised", "worked out", "work out",
                "active");

        add(new EverySport(), "everything", "all types", "all activity types", "any type", "any types",
                "of any kind", "any kind", "everything included", "all included", "any activity", "all sports",
                "any sport", "every sport", "all activities", "all my activities", "all disciplines",
                "all sport types", "of any sport", "across all sports", "all combined");
        add(new Filler(), "so far", "back then", "at the time", "from here", "a bit", "to be honest", "on here",
                "on strava", "mon sun", "mon to sun", "monday to sunday", "monday sunday", "mon - sun",
                "i know", "i wonder", "i guess", "if possible", "in general", "generally", "felt like nothing",
                "is fine", "counted", "every sport counted", "counting", "incl", "including", "estimate",
                "estimated", "squeeze in", "squeezed in", "/", "over the whole of", "over the whole", "the whole of");

        // ---- measures ----
        add(new MeasureWord(Measure.DISTANCE), "mile", "length", "distance wise", "distance", "km", "kms",
                "kilometers", "kilometres", "kilometer",
                "kilometre", "k", "miles", "mileage", "volume", "how far", "how much distance",
                "total distance", "mi", "distances");
        add(new MeasureWord(Measure.MOVING_TIME), "moving time", "time spent", "hours", "hour", "minutes",
                "duration", "how much time", "total time", "time running", "time on feet", "time on my feet", "total time on my feet", "on my feet",
                "hours on my feet", "time on foot");
        add(new MeasureWord(Measure.ELEVATION_GAIN), "elevation", "elevation gain", "climb", "climbing", "climbed",
                "vert", "vertical", "ascent", "total ascent", "metres climbed", "meters climbed", "feet climbed",
                "metres did i climb", "meters did i climb", "feet did i climb", "have i gained", "did i gain",
                "metres of elevation",
                "meters of elevation", "feet of elevation",
                "gain", "elevation gained", "hills", "total elevation", "metres of ascent", "meters of ascent",
                "metres of climbing", "meters of climbing", "metres of climb", "meters of climb", "feet of climbing",
                "feet of climb", "feet of elevation", "metres of elevation", "meters of elevation", "feet of ascent",
                "ft of climbing", "m of climbing", "feet of vert", "metres of vert", "meters of vert",
                "vertical metres", "vertical meters", "vertical feet", "elevation in feet", "elevation in metres",
                "elevation in meters");
        add(new MeasureWord(Measure.AVERAGE_HEARTRATE), "heart rate", "heartrate", "hr", "bpm", "pulse",
                "average heart rate", "avg hr", "average hr");
        add(new MeasureWord(Measure.PACE), "pace", "speed", "how fast", "average pace", "average speed");
        add(new MeasureWord(Measure.CALORIES), "calories", "calorie", "kcal", "cals", "kilocalories",
                "calories burned", "calories burnt", "burn", "burned", "burnt", "energy");
        add(new MeasureWord(Measure.DAYS_ACTIVE), "days", "how many days", "active days", "days active");
        add(new AskWord(Ask.COUNT), "how many", "number of", "how often", "count", "how many times",
                "frequency", "often", "#", "# of", "no of", "nr of", "num of");
        add(new AskWord(Ask.HOW_MUCH), "how much");
        add(new AskWord(Ask.HOW_LONG), "how long");
        add(new AskWord(Ask.WHEN), "when", "what date", "which date", "on what date", "when did");
        add(new AskWord(Ask.LIST), "show", "list", "show me", "list my", "give me", "display");
        add(new AskWord(Ask.WHAT_DID), "what did i do", "what did i run", "what activities", "what workouts",
                "what have i done", "what runs");
        add(new AskWord(Ask.DID), "did i", "have i", "did i go", "have i been");
        add(new AskWord(Ask.WHICH), "which", "what");

        // ---- statistics ----
        add(new StatisticWord(Statistic.AVERAGE), "average", "avg", "mean", "typical", "on average",
                "average per run", "per run", "per activity", "per ride", "usually", "normally", "normal");
        add(new StatisticWord(Statistic.PER_WEEK), "per week", "a week", "weekly", "each week", "every week",
                "average week", "typical week", "in an average week", "week on average", "normal week",
                "a normal week", "a typical week");
        add(new StatisticWord(Statistic.PER_MONTH), "per month", "a month", "monthly", "each month",
                "every month", "average month", "typical month");
        add(new StatisticWord(Statistic.TOTAL), "totals", "total", "in total", "altogether", "overall", "combined",
                "cumulative", "sum", "total of", "all together");
        add(new StatisticWord(Statistic.BY_WEEK), "by week", "week by week", "per week breakdown", "each week of",
                "broken down by week", "weekly breakdown", "weekly totals", "weekly splits");
        add(new StatisticWord(Statistic.BY_MONTH), "by month", "month by month", "broken down by month",
                "monthly breakdown", "monthly totals", "for each month", "every month of", "each month of");
        add(new StatisticWord(Statistic.BY_YEAR), "by year", "year by year", "per year", "each year",
                "yearly totals", "yearly", "every year", "annual totals", "annually", "a year");
        add(new StatisticWord(Statistic.BY_DAY), "by day", "day by day", "per day", "each day", "every day",
                "daily", "daily totals");

        // ---- activity superlatives ----
        add(new Superlative(ActivityFilter.Order.LONGEST, Measure.DISTANCE, true), "longest", "furthest",
                "farthest", "longest distance", "biggest");
        add(new Superlative(ActivityFilter.Order.SHORTEST, Measure.DISTANCE, false), "shortest");
        add(new Superlative(ActivityFilter.Order.FASTEST, Measure.PACE, false), "fastest", "quickest", "best",
                "fastest pace", "best pace", "quickest pace");
        add(new Superlative(ActivityFilter.Order.SLOWEST, Measure.PACE, true), "slowest", "slowest pace");
        add(new Superlative(ActivityFilter.Order.MOST_CLIMB, Measure.ELEVATION_GAIN, true), "hilliest",
                "most elevation", "most climbing", "most elevation gain", "most climb", "most vert", "steepest",
                "highest elevation", "most hilly");
        add(new Superlative(ActivityFilter.Order.HIGHEST_HEARTRATE, Measure.AVERAGE_HEARTRATE, true),
                "highest heart rate", "highest hr", "highest average heart rate", "highest avg hr");
        add(new Superlative(ActivityFilter.Order.LONGEST_TIME, Measure.MOVING_TIME, true), "longest by time",
                "longest in time", "longest duration", "most time", "longest time");
        add(new Most(true), "most", "the most", "highest", "biggest", "largest", "busiest", "best", "peak",
                "maximum", "max", "greatest", "heaviest");
        add(new Most(false), "least", "the least", "fewest", "lowest", "smallest", "quietest", "worst",
                "minimum", "lightest");
        add(new Bucket(StatsPeriod.WEEK), "week", "weeks", "weekly");
        add(new Bucket(StatsPeriod.MONTH), "month", "months", "monthly");
        add(new Bucket(StatsPeriod.YEAR), "year", "years", "yearly", "season");
        add(new Bucket(StatsPeriod.DAY), "day", "days", "single day");
        add(new Recency(true), "last", "latest", "most recent", "recent", "previous", "newest", "last one",
                "the last", "last time", "the last time", "most recently", "last ever");
        add(new Recency(false), "when did i start", "did i start", "when i started", "when did i begin",
                "first", "earliest", "oldest", "very first", "first ever", "the first",
                "first time", "the first time", "for the first time");

        // ---- comparisons, records, coach, goals, recall ----
        add(new CompareWord(), "vs", "v", "versus", "compared to", "compared with", "compare", "comparison",
                "compared", "difference between", "difference", "differ", "than", "or", "against", "relative to",
                "more", "less", "further", "farther", "fewer", "more than", "less than", "as much as",
                "more or less than", "bigger", "smaller", "busier", "quieter");
        add(new RecordsWord(), "personal records", "personal record", "personal bests", "personal best", "prs",
                "pr", "pbs", "pb", "records", "best times", "best efforts", "all time bests", "my bests", "bests",
                "lifetime bests");
        add(new CoachWord(CoachTopic.OVERVIEW), "how am i doing", "how is my training", "how is training",
                "how is my running", "how are things going", "am i on track", "how is it going",
                "how am i progressing", "my progress", "progress", "how is my fitness", "my fitness",
                "how fit am i", "training status", "am i improving", "am i getting fitter", "how is my form",
                "form", "fitness", "training load", "overtraining", "am i overtraining", "fatigue");
        add(new CoachWord(CoachTopic.PREDICTIONS), "vdot", "my vdot", "race prediction", "race predictions",
                "predict", "predicted", "prediction", "predictions", "could i run", "what time could i run",
                "race times", "predicted time", "predicted times", "estimated time", "race time prediction",
                "what could i run", "how fast could i run", "my potential", "equivalent times");
        add(new CoachWord(CoachTopic.PACES), "training paces", "training pace", "my paces", "easy pace",
                "tempo pace", "threshold pace", "interval pace", "marathon pace", "what pace should",
                "heart rate zones", "hr zones", "zones", "training zones", "pace zones", "heart rate zone",
                "my zones", "easy run pace", "what pace", "how fast should", "easy", "tempo", "threshold",
                "interval", "intervals", "recovery", "paces");
        add(new CoachWord(CoachTopic.PLAN), "plan my week", "training plan", "plan", "schedule",
                "plan for this week", "plan for next week", "next week", "this week plan", "workout plan",
                "what should i do this week", "weekly plan", "my plan", "program", "structure my week",
                "structure my training", "how should i structure", "build my mileage", "build up my mileage",
                "build my mileage up", "increase my mileage", "how should i build", "how should i train",
                "build up");
        add(new CoachWord(CoachTopic.READINESS), "fit enough", "ready to race", "in shape for", "race ready",
                "am i ready", "ready for", "ready", "on track for",
                "will i make", "can i make", "can i do", "can i run", "able to run", "chance", "could i go",
                "can i go", "can i break", "could i break", "can i get under", "could i get under", "could i do",
                "am i capable", "capable of");
        add(new CoachWord(CoachTopic.NEXT_SESSION), "give me a workout", "a workout for", "workout for tomorrow",
                "suggest a workout", "what workout", "what should i run", "what should i do", "next run",
                "next workout", "next session", "tomorrow", "what to run", "should i run", "today workout",
                "what should i run today", "what should i run tomorrow", "run today");
        add(new GoalsWord(), "goal", "goals", "my goal", "my goals", "target", "targets", "target race",
                "a race", "upcoming race");
        add(new RecallWord(), "find", "search", "remember", "the one where", "the run where", "the one with",
                "the run with", "recall", "look for", "the one when", "the run when", "where i", "that time",
                "the time i", "the time when");

        // ---- races and names ----
        for (var race : RaceDistances.STANDARD) {
            add(new RaceWord(race.name(), race.metres()), race.name(), race.name() + "s",
                    race.name().replace(" ", "") + "s");
        }
        var half = metres("half marathon");
        var marathon = metres("marathon");
        add(new RaceWord("half marathon", half), "half", "halves", "half marathons", "half-marathon", "halfs", "hm");
        add(new RaceWord("marathon", marathon), "marathons", "full marathon", "full");
        add(new RaceWord("ultra", marathon + 1), "ultra", "ultras", "ultramarathon", "ultra marathon",
                "ultramarathons");
        add(new RaceWord("5k", 5_000), "five k", "parkrun distance", "5 k");
        add(new RaceWord("10k", 10_000), "ten k", "10 k");
        add(new RaceWord("mile", app.runaway.coach.Mile.METRES), "mile run");
        add(new RaceBound(false), "or longer", "or more", "or further", "or farther", "or over", "and up",
                "and longer", "plus", "+", "over", "over a", "longer than", "longer than a", "more than", "more than a",
                "at least", "at least a", "above", "beyond", "further than", "farther than", "over the");
        add(new RaceBound(true), "or shorter", "or less", "or under", "under", "under a", "shorter than", "shorter than a", "less than", "less than a",
                "below");
        add(new RacesWord(), "race", "races", "raced", "racing", "competition", "competitions", "race day");
        add(new NameWord("parkrun"), "parkrun", "parkruns", "park run", "park runs");
        add(new SportWord(Sports.byType("Workout")), "logged as workout", "logged as a workout", "typed workout",
                "type workout", "as workout", "as a workout", "workout type");
        add(new Unsupported("the maximum heart rate of an activity"), "max hr", "max heart rate",
                "maximum heart rate", "peak heart rate", "peak hr", "highest hr reached");
        add(new Unsupported("the time of day"), "time of day", "what time", "which time", "morning", "mornings",
                "evening", "evenings", "afternoon", "afternoons", "night", "nights", "early", "late");
        add(new Unsupported("treadmill runs (they are often logged as ordinary runs)"), "treadmill",
                "treadmill run", "treadmill runs", "indoor run", "indoor runs", "indoors");
        add(new Unsupported("cadence, power or steps"), "cadence", "power", "watts", "steps");
        add(new Unsupported("splits and laps"), "splits", "split", "lap", "laps", "km splits", "mile splits");
        add(new Unsupported("pool lengths"), "lengths", "pool lengths");
        // "which trail do I run on most": a place or route, not the Trail Run sport
        add(new Unsupported("where you ran (routes, trails and places)"), "which trail", "which trails",
                "what trail", "what trails", "which route", "which routes", "what route", "what routes", "which park",
                "which parks", "where do i run", "where did i run", "where i run", "favourite route",
                "favorite route", "favourite trail", "favorite trail");
        add(new Unsupported("the time spent in each heart-rate zone"), "in heart rate zone", "in hr zone",
                "in zone", "in my heart rate zone", "in each zone", "time in zones", "in heart rate zones");
        add(new Unsupported("figures at a point within an activity"), "at km", "at mile", "at kilometre",
                "at kilometer", "at the km", "at the mile", "at the halfway", "at halfway", "at the end of the race",
                "in the last km", "in the last mile", "in the final km", "in the final mile");
        add(new Threshold(), "hit", "reach", "reached", "pass", "passed", "break", "broke", "cross", "crossed",
                "crack", "cracked", "make it to", "get to");
        add(new Negation(), "not", "without", "except", "excluding", "never", "no", "non", "other than");
    }

    private Lexicon() {
    }

    private static double metres(String race) {
        return RaceDistances.STANDARD.stream().filter(r -> r.name().equals(race)).findFirst().orElseThrow().metres();
    }

    private static void add(Concept concept, String... phrases) {
        for (var phrase : phrases) {
            var words = List.of(phrase.split(" "));
            PHRASES.putIfAbsent(words, concept);
            longestPhrase = Math.max(longestPhrase, words.size());
        }
    }

    /** A concept found at a position, with the words it took. */
    record Found(Concept concept, int start, int end) {
    }

    /** Every concept in the words not yet used, longest phrase first at each position; their words become used. */
    static List<Found> read(List<String> words, boolean[] used) {
        var found = new ArrayList<Found>();
        for (var i = 0; i < words.size(); i++) {
            if (used[i]) {
                continue;
            }
            for (var length = Math.min(longestPhrase, words.size() - i); length >= 1; length--) {
                if (anyUsed(used, i, i + length)) {
                    continue;
                }
                var concept = PHRASES.get(words.subList(i, i + length));
                if (concept != null) {
                    found.add(new Found(concept, i, i + length));
                    for (var j = i; j < i + length; j++) {
                        used[j] = true;
                    }
                    i += length - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static boolean anyUsed(boolean[] used, int from, int to) {
        for (var i = from; i < to; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word carries no meaning of its own in a question. */
    static boolean isFiller(String word) {
        return FILLER.contains(word);
    }

    /** The known words a typo may be mended into: every one that carries meaning. */
    static Set<String> meaningfulWords() {
        var words = new HashSet<>(knownWords());
        FILLER.stream().filter(word -> !MENDABLE_FILLER.contains(word)).forEach(words::remove);
        return Set.copyOf(words);
    }

    /**
     * Filler words that begin a meaningful phrase ("number of", "how many times"): a typo may be mended into these,
     * not into other filler ("cold" is not "could", "spet" is not "spent").
     */
    private static final Set<String> MENDABLE_FILLER = Set.of("number", "times", "which", "what", "many", "much",
            "often", "total", "how", "time");

    /** Every single word the reader knows, for mending typos. */
    static Set<String> knownWords() {
        var known = new HashSet<String>(FILLER);
        PHRASES.keySet().forEach(known::addAll);
        MonthNames.monthWords().forEach(known::add);
        MonthNames.weekdayWords().forEach(known::add);
        known.addAll(Arrays.asList("today", "yesterday", "tomorrow", "week", "weeks", "month", "months", "year",
                "years", "since", "between", "until", "before", "after", "past", "next", "this", "ever", "lately",
                "recently", "weekend", "quarter", "ago", "morning", "evening", "afternoon", "tonight", "over",
                "under", "above", "below", "least", "more", "less", "longer", "shorter", "faster", "slower",
                "minute", "minutes", "hours", "seconds", "mile", "miles", "meters", "metres", "feet", "kilometers",
                "kilometres", "second", "spring", "summer", "autumn", "fall", "winter", "christmas", "half"));
        known.removeIf(word -> word.length() < 2);
        return Set.copyOf(known);
    }
}
