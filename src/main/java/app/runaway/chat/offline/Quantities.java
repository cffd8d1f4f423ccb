package app.runaway.chat.offline;

import app.runaway.coach.Mile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The measured bounds a question sets: "over 20 km", "under 5:00 per km", "8 minute miles", "longer than 2 hours",
 * "above 160 bpm", "more than 500 m of climbing", "between 10 and 15 km", a bare "10k"; and a number of activities
 * to list ("my last 5 runs", "top 3"). Each bound keeps the words it was written with, for the answer's reading.
 */
final class Quantities {
    static final double MILE_M = Mile.METRES;

    enum Kind { DISTANCE, PACE, DURATION, HEARTRATE, CLIMB }

    /**
     * @param min    inclusive lower bound in base units (metres, seconds per km, seconds, bpm, metres climbed)
     * @param max    inclusive upper bound (a strict "under 5 km" is just below 5000)
     * @param phrase the bound in the runner's words: "at least 20 km", "faster than 5:00 /km"
     */
    record Bound(Kind kind, Double min, Double max, String phrase, int start) {
    }

    record Result(List<Bound> bounds, Integer limit) {
    }

    private final List<String> words;
    private final boolean[] used;
    private final List<Bound> bounds = new ArrayList<>();
    /** The bounds read from a bare race distance ("10k"), which a restatement replaces. */
    private final List<Bound> bareRaces = new ArrayList<>();
    private Integer limit;

    private Quantities(List<String> words, boolean[] used) {
        this.words = words;
        this.used = used;
    }

    static Result read(List<String> words, boolean[] used) {
        var reader = new Quantities(words, used);
        reader.scan();
        reader.dropRestatedRaces();
        reader.dropRepeatedBounds();
        return new Result(List.copyOf(reader.bounds), reader.limit);
    }

    /**
     * "Runs that were 5k (5 km) or shorter": a bare race distance ("5k", read as that distance or more) restated with
     * an explicit bound on the same distance takes the explicit one, not both (which would leave a window of 1 %).
     */
    private void dropRestatedRaces() {
        var explicit = bounds.stream().filter(b -> b.kind() == Kind.DISTANCE && !bareRaces.contains(b)).toList();
        bounds.removeIf(bare -> bareRaces.contains(bare) && explicit.stream().anyMatch(b -> near(b.min(),
                bare.min() / 0.99) || near(b.max(), bare.min() / 0.99)));
    }

    /** "10 mile+ runs (10 miles or more)": a bound said twice is one bound. */
    private void dropRepeatedBounds() {
        var distinct = new ArrayList<Bound>();
        for (var bound : bounds) {
            if (distinct.stream().noneMatch(d -> d.kind() == bound.kind() && Objects.equals(d.min(), bound.min())
                    && Objects.equals(d.max(), bound.max()))) {
                distinct.add(bound);
            }
        }
        bounds.clear();
        bounds.addAll(distinct);
    }

    private static boolean near(Double metres, double race) {
        return metres != null && Math.abs(metres - race) <= race * 0.011;
    }

    private enum Direction { AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, FASTER, SLOWER, NONE }

    private record Comparator(Direction direction, int start) {
    }

    private void scan() {
        for (var i = 0; i < words.size(); i++) {
            if (used[i]) {
                continue;
            }
            var word = words.get(i);
            if (isClock(word)) {
                clock(i);
            } else if (isNumber(word)) {
                number(i, Double.parseDouble(word));
            } else if ((word.equals("a") || word.equals("an")) && Set.of("mile", "km", "kilometre", "kilometer")
                    .contains(word(i + 1))) {
                number(i, 1); // "over a mile"
            }
        }
    }

    // ---- numbers with a unit ----

    private void number(int i, double value) {
        if (PeriodReader.isYear(words.get(i)) && yearStaysBefore(word(i + 1))) {
            return; // "2024 km", "in 2024, hrs and mins": the year (PeriodReader reads it)
        }
        // "between 10 and 15 km"
        if (i >= 1 && word(i - 1).equals("between") && i + 2 < words.size() && Set.of("and", "to", "-")
                .contains(word(i + 1)) && isNumber(word(i + 2))) {
            var high = Double.parseDouble(words.get(i + 2));
            var unit = distanceUnit(i + 3);
            if (unit > 0) {
                mark(i - 1, i + 4);
                bounds.add(new Bound(Kind.DISTANCE, value * unit, high * unit, "of " + trim(value) + " to "
                        + trim(high) + " " + word(i + 3), i - 1));
                return;
            }
        }
        // "20+ mile runs": at least
        var plus = word(i + 1).equals("+") && distanceUnit(i + 2) > 0;
        var unitAt = plus ? i + 2 : i + 1;
        var unit = distanceUnit(unitAt);
        if (unit > 0) {
            var end = unitAt + 1;
            var climb = climbWordAt(end) || (word(end).equals("of") && climbWordAt(end + 1));
            if (climb && unit < 1000) {
                var climbEnd = word(end).equals("of") ? end + 2 : end + 1;
                var comparator = comparator(i);
                mark(comparator.start(), climbEnd);
                add(comparator.start(), bound(Kind.CLIMB, value * unit, comparator.direction(), trim(value) + " " + word(i + 1)
                        + " of climbing"));
                return;
            }
            if (isDurationWord(word(end)) || word(end).equals("pace")) {
                return; // "8 minute miles" is read from the minutes
            }
            var comparator = comparator(i);
            if (plus || word(end).equals("+")) {
                end += plus ? 0 : 1;
                comparator = new Comparator(Direction.AT_LEAST, comparator.start());
            } else if (trailing(end, "or more", "or longer", "or further", "or farther", "or over", "and up",
                    "and over", "and longer", "plus")) {
                end += 2 - (word(end).equals("plus") ? 1 : 0);
                // "10k or longer" is the race distance written as runners write it: GPS allowed for, as for "10k"
                comparator = new Comparator(word(unitAt).equals("k") ? Direction.NONE : Direction.AT_LEAST,
                        comparator.start());
            } else if (trailing(end, "or less", "or shorter", "or under", "and under")) {
                end += 2;
                comparator = new Comparator(Direction.AT_MOST, comparator.start());
            }
            mark(comparator.start(), end);
            var metres = value * unit;
            var written = trim(value) + " " + unitName(word(unitAt));
            if (comparator.direction() == Direction.NONE) {
                // a bare "10k": runs of that distance or longer, GPS reading a little short (as for records)
                var bare = new Bound(Kind.DISTANCE, metres * 0.99, null, "of " + written + " or more", i);
                bounds.add(bare);
                bareRaces.add(bare);
            } else {
                add(comparator.start(), bound(Kind.DISTANCE, metres, comparator.direction(), written));
            }
            return;
        }
        // "8 minute miles", "5 min km", "8 minute mile pace"
        if (isMinuteWord(word(i + 1)) && (isMileWord(word(i + 2)) || isKmWord(word(i + 2))
                || (word(i + 2).equals("per") && (isMileWord(word(i + 3)) || isKmWord(word(i + 3)))))) {
            var perAt = word(i + 2).equals("per") ? i + 3 : i + 2;
            var perKm = isKmWord(word(perAt)) ? value * 60 : value * 60 / (MILE_M / 1000);
            var end = perAt + 1 + (word(perAt + 1).equals("pace") ? 1 : 0);
            var comparator = comparator(i);
            mark(comparator.start(), end);
            add(comparator.start(), bound(Kind.PACE, perKm, paceDirection(comparator.direction()), trim(value) + ":00 per "
                    + (isKmWord(word(perAt)) ? "km" : "mile")));
            return;
        }
        var seconds = durationUnit(i + 1);
        if (seconds > 0) {
            var comparator = comparator(i);
            mark(comparator.start(), i + 2);
            add(comparator.start(), bound(Kind.DURATION, value * seconds, comparator.direction(), trim(value) + " "
                    + word(i + 1)));
            return;
        }
        // a heart rate bound is a plausible heart rate ("at km 30 of the marathon" is no bound of 30 bpm)
        if ((word(i + 1).equals("bpm") || heartRateBefore(i)) && value >= 40 && value <= 230) {
            var comparator = comparator(i);
            var start = comparator.start();
            var end = i + 1 + (word(i + 1).equals("bpm") ? 1 : 0);
            var hrStart = heartRateStart(start);
            mark(hrStart, end);
            add(hrStart, bound(Kind.HEARTRATE, value, comparator.direction(), "an average heart rate "
                    + trim(value) + " bpm"));
            return;
        }
        // "my last 5 runs", "top 3", "5 longest"
        if (value >= 1 && value <= 50 && value == Math.rint(value)) {
            var before = i > 0 ? word(i - 1) : "";
            var after = word(i + 1);
            if (Set.of("last", "first", "latest", "top", "recent", "previous").contains(before)
                    || Set.of("longest", "fastest", "shortest", "slowest", "hilliest", "latest", "last", "most",
                    "biggest", "recent").contains(after)) {
                limit = (int) value;
                used[i] = true;
            }
        }
    }

    /** "5:00 per km", "under 4:30/km", "sub 8:00 mile pace", "under 1:45" (a time), "20:00". */
    private void clock(int i) {
        var seconds = clockSeconds(words.get(i));
        var at = i + 1;
        var perKm = false;
        var perMile = false;
        if (word(at).equals("per") || word(at).equals("a") || word(at).equals("/")) {
            at++;
        }
        if (isKmWord(word(at))) {
            perKm = true;
            at++;
        } else if (isMileWord(word(at))) {
            perMile = true;
            at++;
        } else {
            at = i + 1;
        }
        if (word(at).equals("pace")) {
            at++;
        }
        var comparator = comparator(i);
        if (perKm || perMile) {
            mark(comparator.start(), at);
            var perKmSeconds = perKm ? seconds : seconds / (MILE_M / 1000);
            add(comparator.start(), bound(Kind.PACE, perKmSeconds, paceDirection(comparator.direction()), words.get(i)
                    + (perKm ? " per km" : " per mile")));
            return;
        }
        if (word(i + 1).equals("pace")) {
            return; // a pace without a unit: which one is unknown, so it is left unread
        }
        if (comparator.direction() != Direction.NONE) {
            // a time bound: "under 1:45" is an hour and 45 minutes, "under 25:00" is 25 minutes (nobody races
            // under 9 minutes, nor for over 9 hours at these distances)
            var parts = words.get(i).split(":");
            var duration = parts.length == 2 && Integer.parseInt(parts[0]) <= 9
                    ? Integer.parseInt(parts[0]) * 3600 + Integer.parseInt(parts[1]) * 60 : seconds;
            mark(comparator.start(), i + 1);
            add(comparator.start(), bound(Kind.DURATION, duration, comparator.direction(), words.get(i)));
        }
    }

    private Comparator comparator(int numberAt) {
        var i = numberAt - 1;
        if (i < 0 || used[i]) {
            return new Comparator(Direction.NONE, numberAt);
        }
        var one = word(i);
        var two = i >= 1 && !used[i - 1] ? word(i - 1) + " " + one : "";
        var three = i >= 2 && !used[i - 2] && !used[i - 1] ? word(i - 2) + " " + two : "";
        if (three.equals("no more than") || three.equals("not more than")) {
            return new Comparator(Direction.AT_MOST, i - 2);
        }
        if (three.equals("no less than") || three.equals("not less than")) {
            return new Comparator(Direction.AT_LEAST, i - 2);
        }
        switch (two) {
            case "more than", "longer than", "greater than", "further than", "farther than", "bigger than" -> {
                return new Comparator(Direction.MORE_THAN, i - 1);
            }
            case "at least", "a minimum" -> {
                return new Comparator(Direction.AT_LEAST, i - 1);
            }
            case "less than", "shorter than", "fewer than", "lower than", "smaller than" -> {
                return new Comparator(Direction.LESS_THAN, i - 1);
            }
            case "at most", "up to" -> {
                return new Comparator(Direction.AT_MOST, i - 1);
            }
            case "faster than", "quicker than" -> {
                return new Comparator(Direction.FASTER, i - 1);
            }
            case "slower than" -> {
                return new Comparator(Direction.SLOWER, i - 1);
            }
            case "higher than" -> {
                return new Comparator(Direction.MORE_THAN, i - 1);
            }
            default -> {
                // one word below
            }
        }
        return switch (one) {
            case "over", "above", "beyond", ">", "exceeding" -> new Comparator(Direction.MORE_THAN, i);
            case "minimum", "min", ">=" -> new Comparator(Direction.AT_LEAST, i);
            case "under", "below", "<" -> new Comparator(Direction.LESS_THAN, i);
            case "within", "maximum", "max", "<=" -> new Comparator(Direction.AT_MOST, i);
            case "sub" -> new Comparator(Direction.FASTER, i);
            default -> new Comparator(Direction.NONE, numberAt);
        };
    }

    /**
     * A bound from a comparison. "Over" and "more than" include the value itself (a 10.0 km run is a run over
     * 10 km to most runners); "under" and "less than" do not.
     */
    private static Bound bound(Kind kind, double value, Direction direction, String written) {
        return switch (direction) {
            case AT_LEAST, MORE_THAN, NONE -> new Bound(kind, value, null, (kind == Kind.HEARTRATE ? "" : "of ")
                    + "at least " + written, -1);
            case AT_MOST -> new Bound(kind, null, value, "of at most " + written, -1);
            case LESS_THAN, FASTER -> new Bound(kind, null, Math.nextDown(value), "of under " + written, -1);
            case SLOWER -> new Bound(kind, Math.nextUp(value), null, "of over " + written, -1);
        };
    }

    /** For a pace, faster is fewer seconds per km: "under 5:00" and "faster than 5:00" are a maximum. */
    private static Direction paceDirection(Direction direction) {
        return switch (direction) {
            case MORE_THAN, AT_LEAST, SLOWER -> Direction.SLOWER;
            case NONE -> Direction.NONE;
            default -> Direction.FASTER;
        };
    }

    // ---- words ----

    private double distanceUnit(int i) {
        var unit = word(i);
        if (isKmWord(unit)) {
            return 1000;
        }
        if (isMileWord(unit)) {
            return MILE_M;
        }
        return switch (unit) {
            case "m", "meter", "meters", "metre", "metres" -> 1;
            case "ft", "feet", "foot" -> 0.3048;
            default -> 0;
        };
    }

    /**
     * Whether a year written before this unit stays a year: before kilometres, miles or hours ("biggest week on the
     * bike in 2024 (km)", "running time 2024, hrs and mins", whose punctuation the words no longer carry) no one means
     * 2,024 of them. Before metres or feet ("2000 m") the number is a quantity.
     */
    static boolean yearStaysBefore(String unit) {
        return isKmWord(unit) || isMileWord(unit) || isDurationWord(unit);
    }

    private static boolean isKmWord(String word) {
        return Set.of("km", "k", "kilometer", "kilometers", "kilometre", "kilometres", "kms").contains(word);
    }

    private static boolean isMileWord(String word) {
        return Set.of("mi", "mile", "miles").contains(word);
    }

    private static boolean isMinuteWord(String word) {
        return Set.of("minute", "minutes", "min", "mins").contains(word);
    }

    private static boolean isDurationWord(String word) {
        return isMinuteWord(word) || Set.of("hour", "hours", "h", "second", "seconds", "sec", "secs").contains(word);
    }

    private double durationUnit(int i) {
        var unit = word(i);
        if (isMinuteWord(unit)) {
            return 60;
        }
        return switch (unit) {
            case "hour", "hours", "h" -> 3600;
            case "second", "seconds", "sec", "secs" -> 1;
            default -> 0;
        };
    }

    /** Whether the words from i read as one of the phrases ("or more"). */
    private boolean trailing(int i, String... phrases) {
        for (var phrase : phrases) {
            var parts = phrase.split(" ");
            var matches = true;
            for (var k = 0; k < parts.length; k++) {
                if (!word(i + k).equals(parts[k]) || (i + k < words.size() && used[i + k])) {
                    matches = false;
                    break;
                }
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    private boolean climbWordAt(int i) {
        return Set.of("climb", "climbing", "elevation", "gain", "vert", "ascent", "climbed", "up").contains(word(i));
    }

    private boolean heartRateBefore(int numberAt) {
        for (var i = numberAt - 1; i >= Math.max(0, numberAt - 5); i--) {
            var w = word(i);
            if (w.equals("hr") || w.equals("pulse") || w.equals("heartrate") || (w.equals("rate") && i > 0
                    && word(i - 1).equals("heart"))) {
                return true;
            }
        }
        return false;
    }

    /** The first word of "average heart rate over" before a heart-rate number, to mark those words used. */
    private int heartRateStart(int from) {
        var start = from;
        for (var i = from - 1; i >= Math.max(0, from - 4); i--) {
            if (used[i]) {
                break;
            }
            if (Set.of("hr", "pulse", "heartrate", "heart", "rate", "average", "avg", "a", "an", "with").contains(
                    word(i))) {
                start = i;
            } else {
                break;
            }
        }
        return start;
    }

    /** Adds a bound made by {@link #bound}, with the index of its first word. */
    private void add(int first, Bound bound) {
        bounds.add(new Bound(bound.kind(), bound.min(), bound.max(), bound.phrase(), first));
    }

    private void mark(int from, int to) {
        for (var i = Math.max(0, from); i < Math.min(to, words.size()); i++) {
            used[i] = true;
        }
    }

    private String word(int i) {
        return i >= 0 && i < words.size() ? words.get(i) : "";
    }

    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}(\\.\\d{1,3})?");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?");

    private static boolean isNumber(String word) {
        return NUMBER.matcher(word).matches();
    }

    static boolean isClock(String word) {
        return CLOCK.matcher(word).matches();
    }

    /** "4:30" is 4 min 30 s (a pace or a short time); "1:45:00" is hours, minutes, seconds. */
    private static double clockSeconds(String word) {
        var parts = word.split(":");
        if (parts.length == 3) {
            return Integer.parseInt(parts[0]) * 3600 + Integer.parseInt(parts[1]) * 60 + Integer.parseInt(parts[2]);
        }
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    private static String unitName(String unit) {
        if (isKmWord(unit)) {
            return "km";
        }
        if (isMileWord(unit)) {
            return "mi";
        }
        return unit.toLowerCase(Locale.ROOT).startsWith("f") ? "ft" : "m";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
