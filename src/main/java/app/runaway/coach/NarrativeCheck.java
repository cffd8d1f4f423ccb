package app.runaway.coach;


import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a narrative states only numbers its facts hold: the rule that lets an LLM word a report, never invent it.
 * Every figure of the narrative (integers, decimals, clock times such as 4:52 or 1:31:35, percentages, number words
 * above ten) must match a number of the facts, walked as plain maps, lists, numbers and strings (so "5:10-5:40" and
 * "2027-04-18" count as facts too). A match may round to fewer decimals (or a number of 100 or more to the nearest 5
 * or 10, a pace to the nearest 5 seconds), truncate ("over 51" for 51.9), convert km and miles, metres to km,
 * seconds to a clock time or to minutes, and a share of 0-1 to a percent. In the lenient check ({@link #against})
 * whole numbers up to ten pass as counts ("two quality sessions"); the strict one ({@link #strictlyAgainst}) checks
 * them too. A figure named by a metric's label ("VDOT 51.9", "CTL of 24.7", "acute:chronic 0.92")
 * must match that metric: a number found elsewhere in the facts does not make "VDOT 60" true. Signs are ignored:
 * the check is about invented magnitudes.
 */
public final class NarrativeCheck {
    static final double KM_PER_MILE = Mile.KILOMETRES;
    /** Whole numbers up to this pass unchecked as counts ("two quality sessions") in a lenient check. */
    private static final int FREE_COUNT = 10;

    /**
     * A clock time (h:mm:ss, or m:ss / h:mm), else a number with optional thousands separators, decimals and a
     * percent sign. Digits glued to letters still count ("10k", "3rd"): a number is a number.
     */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.:])(?<a>\\d{1,2}):(?<b>\\d{2})(?::(?<c>\\d{2}))?(?![\\d:])"
                    + "|(?<int>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<dec>\\d+))?(?<pct>\\s*%)?");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(?<tens>twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety)(?:[- ](?<unit>one|two|three|four|five|six|seven|eight|nine))?\\b"
            + "|\\b(?<teen>eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\b"
            + "|\\b(?<big>hundred|thousand|million)s?\\b");
    /** A metric's label, then a figure a few words on ("VDOT of 51.9", "TSB (form) -3.4"), within one sentence. */
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)\\b(?<label>vdot|ctl|atl|tsb|acwr|acute:chronic)\\b[^\\d.;!?]{0,20}?(?<figure>\\d)");
    private static final Map<String, String> LABELS = Map.of("vdot", "vdot", "ctl", "ctl", "atl", "atl", "tsb", "tsb",
            "acwr", "acwr", "acute:chronic", "acwr");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine");
    private static final List<String> TEENS = List.of("eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen");

    /** Plain numbers the facts state, with their unit conversions. */
    private final List<Double> numbers = new ArrayList<>();
    /** What a percentage may state: a share of 0-1 times 100, or a number the facts give as it is. */
    private final List<Double> percents = new ArrayList<>();
    /** What a labelled figure may state: the numbers the facts give under that label. */
    private final Map<String, List<Double>> labelled = new HashMap<>();
    /** Durations in seconds the facts state (fields in seconds, clock strings), as given and per mile or km. */
    private final List<Double> durations = new ArrayList<>();

    private final int freeCount;
    /** An ISO date in the facts ("2024-01-01"): in a strict check it gives its year only, never its day's numbers. */
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-\\d{2}-\\d{2}(?!\\d)");

    private NarrativeCheck(int freeCount) {
        this.freeCount = freeCount;
    }

    /**
     * @param facts  a part's result as a JSON-like tree of maps, lists, numbers and strings (keys in snake_case:
     *               a key ending in {@code _s} or naming seconds holds seconds, one ending in {@code _m} metres)
     * @param texts  further texts whose numbers count as facts (the rules' own narrative of the same result)
     */
    public static NarrativeCheck against(Object facts, String... texts) {
        return build(FREE_COUNT, facts, texts);
    }

    /**
     * As {@link #against}, with no free pass for small whole numbers: an answer about data ("you ran 4 times")
     * states a count a reader relies on, so it must be in the facts like any other figure.
     */
    public static NarrativeCheck strictlyAgainst(Object facts, String... texts) {
        return build(0, facts, texts);
    }

    private static NarrativeCheck build(int freeCount, Object facts, String... texts) {
        var check = new NarrativeCheck(freeCount);
        check.walk(List.of(), facts);
        for (var text : texts) {
            check.walk(List.of(), text);
        }
        return check;
    }

    /** The figures of {@code narrative} that match no fact, as written; empty when the narrative invents nothing. */
    public List<String> unmatched(String narrative) {
        var unmatched = new ArrayList<String>();
        for (var figure : figures(narrative)) {
            if (!matches(figure)) {
                unmatched.add(figure.text());
            }
        }
        return unmatched;
    }

    // ---- the facts ----

    /** @param path the keys leading to the node, innermost last, e.g. {@code ["progress", "required_vdot"]} */
    private void walk(List<String> path, Object node) {
        switch (node) {
            case Map<?, ?> map -> map.forEach((k, v) -> walk(with(path, String.valueOf(k)), v));
            case Collection<?> items -> items.forEach(item -> walk(path, item));
            case Number n -> number(path, Math.abs(n.doubleValue()));
            case CharSequence text -> figures(strict() ? ISO_DATE.matcher(text).replaceAll("$1") : text.toString())
                    .forEach(this::factFigure);
            case null, default -> {
                // booleans and nulls state no number
            }
        }
    }

    /**
     * A strict check reads dates as dates elsewhere: a date's month and day are no counts an answer may state ("1 run"
     * is not made true by "2024-01-01").
     */
    private boolean strict() {
        return freeCount == 0;
    }

    private void number(List<String> path, double value) {
        var key = path.isEmpty() ? "" : path.getLast();
        for (var label : LABELS.values()) {
            if (path.stream().anyMatch(segment -> segment.toLowerCase(Locale.ROOT).contains(label))) {
                labelled.computeIfAbsent(label, l -> new ArrayList<>()).add(value);
            }
        }
        addNumber(value);
        if (key.endsWith("_s") || key.contains("_s_") || key.contains("seconds")) {
            addDuration(value);
        } else if (key.endsWith("_m")) {
            addNumber(value / 1000);
        }
    }

    private void factFigure(Figure figure) {
        if (figure.label() != null) {
            labelled.computeIfAbsent(figure.label(), l -> new ArrayList<>()).add(figure.value());
        }
        if (figure.clock()) {
            figure.readings().forEach(reading -> addDuration(reading.value()));
        } else {
            addNumber(figure.value());
        }
    }

    private void addNumber(double value) {
        numbers.add(value);
        numbers.add(value * KM_PER_MILE);
        numbers.add(value / KM_PER_MILE);
        percents.add(value);
        if (value > 0 && value <= 1) {
            numbers.add(value * 100);
            percents.add(value * 100);
        }
    }

    /** A duration is also a number of minutes (and hours when that long), and a pace per km is one per mile. */
    private void addDuration(double seconds) {
        for (var d : List.of(seconds, seconds * KM_PER_MILE, seconds / KM_PER_MILE)) {
            durations.add(d);
            numbers.add(d / 60);
        }
        if (seconds >= 3600) {
            numbers.add(seconds / 3600);
        }
    }

    // ---- matching ----

    private boolean matches(Figure figure) {
        if (figure.label() != null) {
            var reading = figure.readings().getFirst();
            return labelled.getOrDefault(figure.label(), List.of()).stream().anyMatch(reading::close);
        }
        if (!figure.clock() && !figure.percent() && figure.step() == 1 && figure.value() <= freeCount) {
            return true;
        }
        var pool = figure.clock() ? durations : figure.percent() ? percents : numbers;
        for (var reading : figure.readings()) {
            for (var fact : pool) {
                if (reading.close(fact)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One way to read a figure: its value, the step it is written to (0.1 for "51.9", 60 s for "3:10" read as
     * hours), and the coarser step it may have been rounded to (5 or 10 for "150", 5 s for "4:50").
     */
    record Reading(double value, double step, double coarse) {
        boolean close(double fact) {
            var epsilon = 1e-9 * Math.max(1, Math.abs(fact));
            var rounded = Math.abs(fact - value) <= step / 2 + epsilon;
            var truncated = fact >= value - epsilon && fact < value + step;
            return rounded || truncated || Math.abs(fact - value) <= coarse / 2 + epsilon;
        }
    }

    /** @param label the metric the text names it as ("vdot"), or null */
    record Figure(String text, String label, boolean clock, boolean percent, double value, double step,
                  List<Reading> readings) {
    }

    private static List<String> with(List<String> path, String key) {
        var longer = new ArrayList<>(path);
        longer.add(key);
        return longer;
    }

    // ---- reading figures out of text ----

    static List<Figure> figures(String text) {
        var labels = new HashMap<Integer, String>();
        Matcher l = LABELLED.matcher(text);
        while (l.find()) {
            labels.put(l.start("figure"), LABELS.get(l.group("label").toLowerCase(Locale.ROOT)));
        }
        var figures = new ArrayList<Figure>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            var label = labels.get(m.start());
            figures.add(m.group("a") != null ? clock(m) : number(m, label));
        }
        Matcher w = NUMBER_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (w.find()) {
            figures.add(word(w));
        }
        return figures;
    }

    private static Figure clock(Matcher m) {
        var a = Integer.parseInt(m.group("a"));
        var b = Integer.parseInt(m.group("b"));
        if (m.group("c") != null) {
            double seconds = a * 3600 + b * 60 + Integer.parseInt(m.group("c"));
            return new Figure(m.group(), null, true, false, seconds, 1, List.of(new Reading(seconds, 1, 0)));
        }
        // "4:52" is a pace (m:ss) and "3:10" a race time (h:mm): the text does not say which, so either may match
        double minutesSeconds = a * 60 + b;
        var paceRounding = b % 5 == 0 ? 5 : 0;
        return new Figure(m.group(), null, true, false, minutesSeconds, 1, List.of(
                new Reading(minutesSeconds, 1, paceRounding), new Reading(a * 3600 + b * 60, 60, 0)));
    }

    private static Figure number(Matcher m, String label) {
        var decimals = m.group("dec");
        var text = m.group("int").replace(",", "") + (decimals == null ? "" : "." + decimals);
        var value = Double.parseDouble(text);
        var step = decimals == null ? 1 : Math.pow(10, -decimals.length());
        var coarse = decimals == null && value >= 100 ? (value % 10 == 0 ? 10 : value % 5 == 0 ? 5 : 0) : 0;
        return new Figure(m.group().strip(), label, false, m.group("pct") != null, value, step,
                List.of(new Reading(value, step, coarse)));
    }

    private static Figure word(Matcher w) {
        if (w.group("big") != null) {
            // "hundreds of kilometres" states a magnitude no fact can be checked against
            return new Figure(w.group(), null, false, false, Double.NaN, 1, List.of());
        }
        double value = w.group("teen") != null ? 11 + TEENS.indexOf(w.group("teen"))
                : 20 + 10 * TENS.indexOf(w.group("tens")) + (w.group("unit") == null ? 0
                : 1 + UNITS.indexOf(w.group("unit")));
        return new Figure(w.group(), null, false, false, value, 1, List.of(new Reading(value, 1, 0)));
    }
}
