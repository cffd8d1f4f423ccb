package app.runaway.chat.offline;

import app.runaway.chat.offline.NamedPeriod.Calendar;
import app.runaway.query.DayRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the periods a question names, in the athlete's calendar (weeks start on Monday): days ("yesterday", "on Nov
 * 16 2024", "2024-11-16", "last Saturday"), weeks, months with or without a year ("March", "March 2024", "march of
 * 2023", "Sept '24", "2024-09"), quarters, years, rolling spans ("past 3 months", "last 30 days", "lately"), ranges
 * ("between 1 May 2024 and 31 May 2024", "Jan-Mar 2024", "from May to July"), "since June 2024", "before 2020", and
 * "ever". A month or day without a year is the latest one that has begun. The words a period uses are marked, so
 * that the reader knows what is left.
 */
final class PeriodReader {
    // compiled once: the reader tests every word of every question against them
    private static final Pattern YEAR_MONTH_OR_DAY = Pattern.compile("(19|20)\\d\\d-\\d\\d(-\\d\\d)?");
    private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("\\d{1,2}/(19|20)\\d\\d");
    private static final Pattern YEAR_MONTH = Pattern.compile("(19|20)\\d\\d-\\d\\d");
    private static final Pattern QUARTER_NUMBER = Pattern.compile("[1-4]");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern YEAR_WORD = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern ISO_DATE = Pattern.compile("(19|20)\\d\\d-\\d\\d-\\d\\d");
    private static final Pattern SLASHED_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/(\\d{2}|\\d{4})");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d\\d");
    private static final Pattern DAY_RANGE = Pattern.compile("(\\d{1,2})-(\\d{1,2})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final Set<String> RANGE_TO = Set.of("to", "until", "till", "through", "thru", "-");
    private static final Set<String> ROLLING = Set.of("last", "past", "previous");

    private final List<String> words;
    private final boolean[] used;
    private final LocalDate today;
    private final List<NamedPeriod> found = new ArrayList<>();
    /** A period that lies wholly after today ("next week"): the data holds nothing for it. */
    private boolean future;

    private PeriodReader(List<String> words, boolean[] used, LocalDate today) {
        this.words = words;
        this.used = used;
        this.today = today;
        this.defaultYear = theOneYear(words);
    }

    /**
     * The year of a question that writes exactly one ("the longest run of 2025 before August", "summer 2024, June
     * to August"): a month, day, half or season written without a year belongs to it rather than to the latest one.
     */
    private final Integer defaultYear;

    private static Integer theOneYear(List<String> words) {
        var years = new java.util.HashSet<Integer>();
        for (var k = 0; k < words.size(); k++) {
            var word = words.get(k);
            if (isYear(word) && !(k + 1 < words.size() && UNITS.contains(words.get(k + 1))
                    && !Quantities.yearStaysBefore(words.get(k + 1)))) {
                years.add(Integer.parseInt(word));
            } else if (YEAR_MONTH_OR_DAY.matcher(word).matches()) {
                years.add(Integer.parseInt(word.substring(0, 4)));
            } else if (MONTH_SLASH_YEAR.matcher(word).matches()) {
                years.add(Integer.parseInt(word.substring(word.indexOf('/') + 1)));
            } else {
                slashedDate(word).ifPresent(d -> years.add(d.getYear()));
            }
        }
        return years.size() == 1 ? years.iterator().next() : null;
    }

    /** The periods of the question, in the order they appear; their words are marked used. */
    static Result read(List<String> words, boolean[] used, LocalDate today) {
        var reader = new PeriodReader(words, used, today);
        reader.scan();
        return new Result(List.copyOf(reader.found), reader.future);
    }

    record Result(List<NamedPeriod> periods, boolean future) {
    }

    private void scan() {
        var placed = new ArrayList<Placed>();
        for (var i = 0; i < words.size(); i++) {
            if (used[i]) {
                continue;
            }
            var span = at(i);
            if (span.isPresent()) {
                var period = span.get();
                for (var j = i; j < period.end(); j++) {
                    used[j] = true;
                }
                // "weekly distance over 2024": "over" a period is its span, not a distance bound
                if (i > 0 && !used[i - 1] && Set.of("over", "across", "throughout").contains(words.get(i - 1))
                        && period.period() != null && period.period().days().from() != null) {
                    used[i - 1] = true;
                }
                if (period.period() != null) {
                    placed.add(new Placed(period.period(), i, period.end(), lastPoint));
                }
                i = period.end() - 1;
            }
            lastPoint = null;
        }
        shareYears(placed);
        placed.forEach(p -> found.add(p.period()));
    }

    /** A period found with where it stands and, for a bare month, the point it was read from. */
    private record Placed(NamedPeriod period, int start, int end, Point point) {
    }

    /** The point the last single-point period was read from, for {@link #shareYears}. */
    private Point lastPoint;

    private static final Set<String> JOINERS = Set.of("or", "and", "vs", "v", "versus", "compared", "to", "with",
            "than", "against");

    /**
     * "April or May 2025": a year written after the second month applies to the first too, as it would in a range.
     * A month before the second's in the calendar ("December or January 2025") belongs to the year before.
     */
    private void shareYears(List<Placed> placed) {
        for (var k = 0; k + 1 < placed.size(); k++) {
            var first = placed.get(k);
            var second = placed.get(k + 1);
            if (first.point() == null || second.point() == null || first.point().month() == null
                    || first.point().year() != null || first.point().day() != null || second.point().year() == null
                    || second.point().month() == null) {
                continue;
            }
            var between = words.subList(first.end(), second.start());
            if (between.isEmpty() || !JOINERS.containsAll(between)) {
                continue;
            }
            var year = first.point().month().compareTo(second.point().month()) > 0 ? second.point().year() - 1
                    : second.point().year();
            placed.set(k, new Placed(month(LocalDate.of(year, first.point().month(), 1), first.period().position()),
                    first.start(), first.end(), first.point().withYear(year)));
        }
    }

    /** A period starting at word i, with the index just past its last word. */
    private record Span(NamedPeriod period, int end) {
    }

    private Optional<Span> at(int i) {
        return range(i).or(() -> since(i)).or(() -> relative(i)).or(() -> pointPeriod(i).map(p -> new Span(
                p.period(), p.end())));
    }

    // ---- ranges ----

    private Optional<Span> range(int i) {
        var days = daysOfAMonth(i);
        if (days.isPresent()) {
            return days;
        }
        var word = words.get(i);
        if (word.equals("between") || word.equals("from")) {
            // "between the start of March and the end of April": the range's own ends
            var firstAt = edge(i + 1, "start", "beginning");
            var joiner = word.equals("between") ? Set.of("and", "-") : RANGE_TO;
            var first = point(firstAt);
            if (first.isEmpty()) {
                return dayNumbers(i, firstAt, joiner).or(() -> holidays(i));
            }
            var joint = first.get().end();
            if (joint < words.size() && joiner.contains(words.get(joint))) {
                var second = point(edge(joint + 1, "end"));
                if (second.isPresent()) {
                    return joined(first.get(), second.get(), i);
                }
            }
            return Optional.empty();
        }
        // "compare March to April": two periods, not the range from one to the other
        var compared = i > 0 && Set.of("compare", "comparing", "compared").contains(words.get(i - 1));
        var first = compared ? Optional.<Point>empty() : point(i);
        if (first.isPresent() && first.get().end() < words.size() && RANGE_TO.contains(words.get(first.get().end()))
                && first.get().joinable()) {
            var second = point(first.get().end() + 1);
            if (second.isPresent() && second.get().joinable()) {
                return joined(first.get(), second.get(), i);
            }
        }
        return Optional.empty();
    }

    /** The index past "the start of" (or the edge words given) at i, else i. */
    private int edge(int i, String... edges) {
        var at = i < words.size() && words.get(i).equals("the") ? i + 1 : i;
        if (at + 1 < words.size() && Set.of(edges).contains(words.get(at)) && words.get(at + 1).equals("of")) {
            return at + 2;
        }
        return i;
    }

    /** "Between the 1st and 15th Feb 2025": two days of the month written once. */
    private Optional<Span> dayNumbers(int i, int at, Set<String> joiner) {
        var first = at < words.size() && words.get(at).equals("the") ? at + 1 : at;
        if (first + 2 >= words.size() || !isDayNumber(words.get(first)) || !joiner.contains(words.get(first + 1))) {
            return Optional.empty();
        }
        var secondAt = words.get(first + 2).equals("the") ? first + 3 : first + 2;
        var second = point(secondAt);
        if (second.isEmpty() || second.get().day() == null || second.get().month() == null) {
            return Optional.empty();
        }
        var day = Integer.parseInt(words.get(first));
        var s = second.get();
        if (day > s.day()) {
            return Optional.empty();
        }
        return joined(new Point(s.year(), s.month(), day, null, null, first + 1, true), s, i);
    }

    /** "Aug 18-31 2025", "from march 3-9": days of one month. */
    private Optional<Span> daysOfAMonth(int i) {
        var at = i;
        if (Set.of("in", "on", "from", "between", "during").contains(words.get(at))) {
            at++;
        }
        if (at + 1 >= words.size() || used[at] || MonthNames.month(words.get(at)).isEmpty()) {
            return Optional.empty();
        }
        var matcher = DAY_RANGE.matcher(words.get(at + 1));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var month = MonthNames.month(words.get(at)).get();
        var from = Integer.parseInt(matcher.group(1));
        var to = Integer.parseInt(matcher.group(2));
        var end = at + 2;
        Integer year = null;
        if (end < words.size() && isYear(words.get(end))) {
            year = Integer.parseInt(words.get(end));
            end++;
        }
        if (from < 1 || to < from || to > YearMonth.of(year != null ? year : 2000, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return joined(new Point(year, month, from, null, null, at + 2, true),
                new Point(year, month, to, null, null, end, true), i);
    }

    /** "Between Christmas Eve 2019 and New Year's Day 2020": named days as the ends of a range. */
    private Optional<Span> holidays(int i) {
        var first = holiday(i + 1);
        if (first.isEmpty() || first.get().end() >= words.size()
                || !Set.of("and", "to", "until", "till", "-").contains(words.get(first.get().end()))) {
            return Optional.empty();
        }
        var secondAt = first.get().end() + 1;
        var second = holiday(secondAt).or(() -> point(secondAt).map(p -> new Span(named(p, secondAt), p.end())));
        if (second.isEmpty()) {
            return Optional.empty();
        }
        var from = first.get().period().days().from();
        var to = second.get().period().days().to();
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(new Span(new NamedPeriod(DayRange.of(from, to), "from " + fromTo(from, to), i,
                Calendar.OTHER), second.get().end()));
    }

    /** Two points as one range; a year written only after the second applies to the first too ("May to July 2024"). */
    private Optional<Span> joined(Point first, Point second, int position) {
        var start = first;
        var end = second;
        if (first.month() != null && first.year() == null && second.year() != null) {
            var year = second.month() != null && first.month().compareTo(second.month()) > 0 ? second.year() - 1
                    : second.year();
            start = first.withYear(year);
        } else if (first.year() == null && second.year() == null && first.month() != null && second.month() != null) {
            var from = first.range(today, defaultYear).from();
            var to = YearMonth.of(from.getYear(), second.month());
            if (to.atDay(1).isBefore(from.withDayOfMonth(1))) {
                to = to.plusYears(1);
            }
            end = second.withYear(to.getYear());
        }
        var from = start.range(today, defaultYear).from();
        var to = end.range(today, defaultYear).to();
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        var days = DayRange.of(from, to);
        return Optional.of(new Span(new NamedPeriod(days, "from " + fromTo(from, to), position, Calendar.OTHER),
                second.end()));
    }

    private Optional<Span> since(int i) {
        var word = words.get(i);
        if (!Set.of("since", "after", "before", "until", "till").contains(word)) {
            return Optional.empty();
        }
        var point = point(i + 1);
        if (point.isEmpty()) {
            if (word.equals("since") && matches(i + 1, "i", "started")) {
                return Optional.of(new Span(allTime(i), i + 3));
            }
            // "since last year", "since last month": from the start of that period to today
            var relative = i + 1 < words.size() ? relative(i + 1) : Optional.<Span>empty();
            if (word.equals("since") && relative.isPresent() && relative.get().period() != null
                    && relative.get().period().days().from() != null) {
                var from = relative.get().period().days().from();
                return Optional.of(new Span(new NamedPeriod(DayRange.of(from, max(today, from)), "since "
                        + DAY.format(from), i, Calendar.OTHER), relative.get().end()));
            }
            return Optional.empty();
        }
        var range = point.get().range(today, defaultYear);
        var end = point.get().end();
        return Optional.of(switch (word) {
            case "since" -> new Span(new NamedPeriod(DayRange.of(range.from(), max(today, range.from())),
                    "since " + DAY.format(range.from()), i, Calendar.OTHER), end);
            case "after" -> new Span(new NamedPeriod(DayRange.of(range.to().plusDays(1), max(today,
                    range.to().plusDays(1))), "after " + DAY.format(range.to()), i, Calendar.OTHER), end);
            case "before" -> new Span(new NamedPeriod(DayRange.of(null, range.from().minusDays(1)), "before "
                    + DAY.format(range.from()), i, Calendar.OTHER), end);
            default -> new Span(new NamedPeriod(DayRange.of(null, range.to()), "up to " + DAY.format(range.to()), i,
                    Calendar.OTHER), end);
        });
    }

    // ---- words relative to today ----

    private Optional<Span> relative(int i) {
        var word = words.get(i);
        switch (word) {
            case "today", "tonight" -> {
                return Optional.of(new Span(day(today, i, "today (" + DAY.format(today) + ")"), i + 1));
            }
            case "yesterday" -> {
                return Optional.of(new Span(day(today.minusDays(1), i, "yesterday (" + DAY.format(today.minusDays(1))
                        + ")"), i + 1 + (next(i + 1, "morning", "evening", "afternoon", "night") ? 1 : 0)));
            }
            case "tomorrow" -> {
                future = true;
                return Optional.of(new Span(null, i + 1));
            }
            case "ever", "lifetime" -> {
                return Optional.of(new Span(allTime(i), i + 1));
            }
            case "recently", "lately" -> {
                return Optional.of(new Span(rolling(30, i), i + 1));
            }
            case "ytd" -> {
                return Optional.of(new Span(thisYear(i), i + 1));
            }
            default -> {
                // below
            }
        }
        if (matches(i, "all", "time")) {
            return Optional.of(new Span(allTime(i), i + 2));
        }
        if (matches(i, "to", "date")) {
            return Optional.of(new Span(allTime(i), i + 2));
        }
        var season = season(i);
        if (season.isPresent()) {
            return season;
        }
        var half = half(i);
        if (half.isPresent()) {
            return half;
        }
        var holiday = holiday(i);
        if (holiday.isPresent()) {
            return holiday;
        }
        if (matches(i, "the", "week", "of") || matches(i, "week", "of")) {
            var at = words.get(i).equals("the") ? i + 3 : i + 2;
            if (at + 1 < words.size() && MonthNames.weekday(words.get(at)).isPresent()) {
                at++; // "the week of mon 11 aug": the weekday before a date adds nothing
            }
            var day = point(at);
            if (day.isPresent() && day.get().day() != null && day.get().end() < words.size()
                    && RANGE_TO.contains(words.get(day.get().end()))) {
                // "the week of 11 aug to 17 aug 2025": the days written are the week; the range reads them
                var range = range(at);
                if (range.isPresent()) {
                    return Optional.of(new Span(range.get().period(), range.get().end()));
                }
            }
            if (day.isPresent() && day.get().day() != null) {
                return Optional.of(new Span(week(day.get().range(today, defaultYear).from(), i), day.get().end()));
            }
        }
        if (matches(i, "year", "to", "date")) {
            return Optional.of(new Span(thisYear(i), i + 3));
        }
        if (matches(i, "so", "far", "this", "year")) {
            return Optional.of(new Span(thisYear(i), i + 4));
        }
        if (matches(i, "day", "before", "yesterday")) {
            var day = today.minusDays(2);
            return Optional.of(new Span(day(day, i, "on " + DAY.format(day)), i + 3));
        }
        if (word.equals("this") && i + 1 < words.size()) {
            return thisPeriod(i);
        }
        if (word.equals("next") && i + 1 < words.size() && unitOf(words.get(i + 1)) != null) {
            future = true;
            return Optional.of(new Span(null, i + 2));
        }
        var named = lastOrThisMonth(i).or(() -> quarterOfAYear(i));
        if (named.isPresent()) {
            return named;
        }
        var history = wholeHistory(i);
        if (history > i) {
            return Optional.of(new Span(allTime(i), history));
        }
        var start = i;
        if (matches(i, "in", "the") || matches(i, "over", "the") || matches(i, "within", "the")
                || matches(i, "during", "the")) {
            start = i + 2;
        } else if (word.equals("the")) {
            start = i + 1;
        }
        if (start < words.size() && ROLLING.contains(words.get(start))) {
            return lastPeriod(i, start + 1);
        }
        var ago = agoAt(i);
        if (ago.isPresent()) {
            return ago;
        }
        return Optional.empty();
    }

    /**
     * "last March": the latest March before this month (in December 2026, "last December" is December 2025);
     * "this March": this year's.
     */
    private Optional<Span> lastOrThisMonth(int i) {
        var word = words.get(i);
        if (!(word.equals("last") || word.equals("this")) || i + 1 >= words.size() || used[i + 1]) {
            return Optional.empty();
        }
        var month = MonthNames.month(words.get(i + 1));
        if (month.isEmpty() || (i + 2 < words.size() && (isYear(words.get(i + 2)) || isDayNumber(words.get(i + 2))))) {
            return Optional.empty();
        }
        var year = today.getYear();
        if (word.equals("last") && month.get().getValue() >= today.getMonthValue()) {
            year--;
        }
        var first = LocalDate.of(year, month.get(), 1);
        if (first.isAfter(today)) {
            future = true;
        }
        return Optional.of(new Span(month(first, i), i + 2));
    }

    /** "The last quarter of 2024", "the first quarter of 2025": that year's quarter. */
    private Optional<Span> quarterOfAYear(int i) {
        var at = Set.of("in", "during", "over", "for").contains(words.get(i)) ? i + 1 : i;
        at = at < words.size() && words.get(at).equals("the") ? at + 1 : at;
        if (at + 3 >= words.size() || !words.get(at + 1).equals("quarter") || !words.get(at + 2).equals("of")
                || !isYear(words.get(at + 3))) {
            return Optional.empty();
        }
        var quarter = switch (words.get(at)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th", "last", "final" -> 4;
            default -> 0;
        };
        if (quarter == 0) {
            return Optional.empty();
        }
        var first = LocalDate.of(Integer.parseInt(words.get(at + 3)), (quarter - 1) * 3 + 1, 1);
        if (first.isAfter(today)) {
            future = true;
        }
        return Optional.of(new Span(quarter(first, i), at + 4));
    }

    /** "over my whole history", "in my entire running career", "all my history": the index past it, or i. */
    private int wholeHistory(int i) {
        var at = i;
        if (at < words.size() && Set.of("over", "in", "across", "for", "during", "through", "throughout")
                .contains(words.get(at))) {
            at++;
        }
        if (matches(at, "all")) {
            at++;
        }
        if (!matches(at, "my")) {
            return i;
        }
        at++;
        if (at < words.size() && !used[at] && Set.of("whole", "entire", "full").contains(words.get(at))) {
            at++;
        }
        if (at < words.size() && !used[at] && Set.of("running", "training", "strava").contains(words.get(at))) {
            at++;
        }
        if (at < words.size() && !used[at] && Set.of("history", "career", "life", "log").contains(words.get(at))) {
            return at + 1;
        }
        return i;
    }

    private Optional<Span> thisPeriod(int i) {
        var unit = words.get(i + 1);
        var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (unit) {
            case "week" -> Optional.of(new Span(new NamedPeriod(DayRange.of(monday, today), "this week ("
                    + fromTo(monday, today) + ")", i, Calendar.WEEK), i + 2));
            case "month" -> Optional.of(new Span(new NamedPeriod(DayRange.of(today.withDayOfMonth(1), today),
                    "this month (" + monthName(today) + ")", i, Calendar.MONTH), i + 2));
            case "year" -> Optional.of(new Span(thisYear(i), i + 2));
            case "weekend" -> {
                var saturday = monday.plusDays(5);
                if (saturday.isAfter(today)) {
                    future = true;
                    yield Optional.of(new Span(null, i + 2));
                }
                var end = min(today, saturday.plusDays(1));
                yield Optional.of(new Span(new NamedPeriod(DayRange.of(saturday, end), "this weekend ("
                        + fromTo(saturday, end) + ")", i, Calendar.OTHER), i + 2));
            }
            case "morning", "afternoon", "evening" -> Optional.of(new Span(day(today, i, "today ("
                    + DAY.format(today) + ")"), i + 2));
            default -> {
                var weekday = MonthNames.weekday(unit);
                yield weekday.map(d -> new Span(day(onOrBefore(d), i, "on " + weekdayName(onOrBefore(d))), i + 2));
            }
        };
    }

    /** "last week" (the calendar week before this one), "past week" (the last 7 days), "last 3 months", ... */
    private Optional<Span> lastPeriod(int position, int at) {
        if (at >= words.size()) {
            return Optional.empty();
        }
        var rolling = words.get(at - 1).equals("past") || at - position > 1;
        var count = number(at);
        var unitAt = count.isPresent() ? at + 1 : at;
        if (unitAt >= words.size()) {
            return Optional.empty();
        }
        var unitWord = words.get(unitAt);
        var weekday = MonthNames.weekday(unitWord);
        if (weekday.isPresent() && count.isEmpty()) {
            var day = onOrBefore(weekday.get());
            day = day.equals(today) ? day.minusWeeks(1) : day;
            return Optional.of(new Span(day(day, position, "last " + weekdayName(day)), unitAt + 1));
        }
        if (unitWord.equals("weekend") && count.isEmpty()) {
            var saturday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusDays(2);
            return Optional.of(new Span(new NamedPeriod(DayRange.of(saturday, saturday.plusDays(1)), "last weekend ("
                    + fromTo(saturday, saturday.plusDays(1)) + ")", position, Calendar.OTHER), unitAt + 1));
        }
        var unit = unitOf(unitWord);
        if (unit == null) {
            return Optional.empty();
        }
        var n = count.orElse(1);
        if (n < 1 || n > 1000) {
            return Optional.empty();
        }
        if (count.isEmpty() && !rolling) {
            return Optional.of(new Span(calendarBefore(unit, position), unitAt + 1));
        }
        var from = switch (unit) {
            case DAY -> today.minusDays(n - 1L);
            case WEEK -> today.minusWeeks(n).plusDays(1);
            case MONTH -> today.minusMonths(n).plusDays(1);
            case YEAR -> today.minusYears(n).plusDays(1);
            default -> today;
        };
        var singular = (unitWord.endsWith("s") ? unitWord.substring(0, unitWord.length() - 1) : unitWord);
        var amount = n == 1 ? singular : n + " " + singular + "s";
        return Optional.of(new Span(new NamedPeriod(DayRange.of(from, today), "in the last " + amount + " ("
                + fromTo(from, today) + ")", position, Calendar.OTHER), unitAt + 1));
    }

    /**
     * Seasons, the meteorological way (spring March to May, summer June to August, autumn September to November,
     * winter December to February), with the months stated in the answer so that a runner south of the equator
     * sees what was read. "Winter 2024" could be either side of New Year: it is not read.
     */
    private Optional<Span> season(int i) {
        var at = i;
        var relative = "";
        if (Set.of("last", "this", "past").contains(words.get(i)) && i + 1 < words.size()) {
            relative = words.get(i);
            at = i + 1;
        } else if (words.get(i).equals("the") && i + 1 < words.size()) {
            at = i + 1;
        }
        var name = words.get(at);
        var startMonth = switch (name) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            case "winter" -> 12;
            default -> 0;
        };
        if (startMonth == 0) {
            return Optional.empty();
        }
        var end = at + 1;
        Integer year = null;
        if (end < words.size() && words.get(end).equals("of") && end + 1 < words.size() && isYear(words.get(end + 1))) {
            end++;
        }
        if (end < words.size() && isYear(words.get(end))) {
            year = Integer.parseInt(words.get(end));
            end++;
        }
        if (year == null && relative.isEmpty() && defaultYear != null) {
            year = defaultYear;
        }
        LocalDate first;
        if (year != null) {
            if (startMonth == 12) {
                return Optional.of(new Span(null, end)); // ambiguous: left for the reader to refuse
            }
            first = LocalDate.of(year, startMonth, 1);
        } else {
            first = LocalDate.of(today.getYear(), startMonth, 1);
            while (first.isAfter(today)) {
                first = first.minusYears(1);
            }
            var current = !first.plusMonths(3).isBefore(today.plusDays(1));
            if (relative.equals("last") && current) {
                first = first.minusYears(1);
            }
        }
        var last = first.plusMonths(3).minusDays(1);
        var label = (name.equals("fall") ? "autumn" : name) + " " + (startMonth == 12 ? first.getYear() + "-"
                + (first.getYear() + 1) : String.valueOf(first.getYear()));
        var season = new NamedPeriod(DayRange.of(first, last), "in " + label + " (" + fromTo(first, last) + ")", i,
                Calendar.OTHER);
        return Optional.of(new Span(year == null && relative.isEmpty() ? season.withYearImplied() : season, end));
    }

    /** "The first half of 2025", "second half of the year". */
    private Optional<Span> half(int i) {
        var at = words.get(i).equals("the") ? i + 1 : i;
        String which;
        int end;
        if (matches(at, "h", "1") || matches(at, "h", "2")) {
            // "H2 2024"
            which = words.get(at + 1).equals("1") ? "first" : "second";
            end = at + 2;
        } else if (at + 1 < words.size() && words.get(at + 1).equals("half")
                && (words.get(at).equals("first") || words.get(at).equals("second"))) {
            which = words.get(at);
            end = at + 2;
            if (end < words.size() && words.get(end).equals("of")) {
                end++;
            } else if (end < words.size() && !isYear(words.get(end))) {
                // "my first half marathon", "the second half of it": no period unless a year follows, or the
                // question's one year is meant ("the first half or the second half of 2024")
                if (defaultYear == null || Set.of("marathon", "marathons", "hm").contains(words.get(end))) {
                    return Optional.empty();
                }
            }
        } else {
            return Optional.empty();
        }
        int year;
        if (end < words.size() && isYear(words.get(end))) {
            year = Integer.parseInt(words.get(end));
            end++;
        } else if (matches(end, "the", "year") || matches(end, "this", "year")) {
            year = today.getYear();
            end += 2;
        } else if (defaultYear != null && !words.get(end - 1).equals("of")) {
            year = defaultYear;
        } else {
            return Optional.empty();
        }
        var first = LocalDate.of(year, which.equals("first") ? 1 : 7, 1);
        var last = first.plusMonths(6).minusDays(1);
        return Optional.of(new Span(new NamedPeriod(DayRange.of(first, last), "in the " + which + " half of " + year
                + " (" + fromTo(first, last) + ")", i, Calendar.OTHER), end));
    }

    /** Days with a name: Christmas Day and Eve, Boxing Day, New Year's Day and Eve, Valentine's Day. */
    private Optional<Span> holiday(int i) {
        int month;
        int day;
        int length;
        String name;
        if (matches(i, "christmas", "day") || (matches(i, "christmas") && !next(i + 1, "eve"))) {
            month = 12;
            day = 25;
            length = words.get(i + (i + 1 < words.size() ? 1 : 0)).equals("day") ? 2 : 1;
            name = "Christmas Day";
        } else if (matches(i, "christmas", "eve")) {
            month = 12;
            day = 24;
            length = 2;
            name = "Christmas Eve";
        } else if (matches(i, "boxing", "day")) {
            month = 12;
            day = 26;
            length = 2;
            name = "Boxing Day";
        } else if (matches(i, "new", "year", "day") || matches(i, "new", "years", "day")) {
            month = 1;
            day = 1;
            length = 3;
            name = "New Year's Day";
        } else if (matches(i, "new", "year", "eve") || matches(i, "new", "years", "eve")) {
            month = 12;
            day = 31;
            length = 3;
            name = "New Year's Eve";
        } else if (matches(i, "valentines", "day") || matches(i, "valentine", "day")) {
            month = 2;
            day = 14;
            length = 2;
            name = "Valentine's Day";
        } else {
            return Optional.empty();
        }
        var end = i + length;
        int year;
        if (end < words.size() && isYear(words.get(end))) {
            year = Integer.parseInt(words.get(end));
            end++;
        } else {
            year = LocalDate.of(today.getYear(), month, day).isAfter(today) ? today.getYear() - 1 : today.getYear();
        }
        var date = LocalDate.of(year, month, day);
        return Optional.of(new Span(day(date, i, "on " + name + " (" + DAY.format(date) + ")"), end));
    }

    /** "3 weeks ago": that week; "2 days ago": that day. */
    private Optional<Span> agoAt(int i) {
        var count = number(i);
        var offset = count.isPresent() ? 1 : words.get(i).equals("a") || words.get(i).equals("an") ? 1 : -1;
        if (offset < 0 || i + 2 >= words.size() || !words.get(i + 2).equals("ago")) {
            return Optional.empty();
        }
        var unit = unitOf(words.get(i + 1));
        if (unit == null) {
            return Optional.empty();
        }
        var n = count.orElse(1);
        var period = switch (unit) {
            case DAY -> day(today.minusDays(n), i, "on " + DAY.format(today.minusDays(n)));
            case WEEK -> week(today.minusWeeks(n), i);
            case MONTH -> month(today.minusMonths(n).withDayOfMonth(1), i);
            case YEAR -> year(today.getYear() - n, i);
            default -> null;
        };
        return period == null ? Optional.empty() : Optional.of(new Span(period, i + 3));
    }

    private NamedPeriod calendarBefore(Calendar unit, int position) {
        return switch (unit) {
            case DAY -> day(today.minusDays(1), position, "yesterday (" + DAY.format(today.minusDays(1)) + ")");
            case WEEK -> {
                var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new NamedPeriod(DayRange.of(monday, monday.plusDays(6)), "last week (" + fromTo(monday,
                        monday.plusDays(6)) + ")", position, Calendar.WEEK);
            }
            case MONTH -> {
                var first = today.withDayOfMonth(1).minusMonths(1);
                yield new NamedPeriod(DayRange.of(first, first.with(TemporalAdjusters.lastDayOfMonth())),
                        "last month (" + monthName(first) + ")", position, Calendar.MONTH);
            }
            case YEAR -> new NamedPeriod(DayRange.of(LocalDate.of(today.getYear() - 1, 1, 1),
                    LocalDate.of(today.getYear() - 1, 12, 31)), "last year (" + (today.getYear() - 1) + ")",
                    position, Calendar.YEAR);
            default -> quarter(today.minusMonths(3), position);
        };
    }

    // ---- a single date, month, quarter or year ----

    /**
     * One point of the calendar as written: a day, a month, a quarter or a year; a missing year is filled in as the
     * latest that has begun when the range is taken.
     */
    private record Point(Integer year, Month month, Integer day, Integer quarter, DayOfWeek weekday, int end,
                         boolean joinable) {
        Point withYear(int newYear) {
            return new Point(newYear, month, day, quarter, weekday, end, joinable);
        }

        /** The days of the point; a missing year is the question's one year, else the latest that has begun. */
        DayRange range(LocalDate today, Integer defaultYear) {
            if (weekday != null) {
                var day = today.with(TemporalAdjusters.previousOrSame(weekday));
                return DayRange.day(day);
            }
            if (quarter != null) {
                var y = year != null ? year : defaultYear != null ? defaultYear : latestQuarterYear(quarter, today);
                var first = LocalDate.of(y, (quarter - 1) * 3 + 1, 1);
                return DayRange.of(first, first.plusMonths(3).minusDays(1));
            }
            if (month == null) {
                return DayRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            if (day != null) {
                var y = year != null ? year : defaultYear != null ? defaultYear : latestDayYear(month, day, today);
                var date = LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
                return DayRange.day(date);
            }
            var y = year != null ? year : defaultYear != null ? defaultYear : latestMonthYear(month, today);
            var first = LocalDate.of(y, month, 1);
            return DayRange.of(first, first.with(TemporalAdjusters.lastDayOfMonth()));
        }

        private static int latestMonthYear(Month month, LocalDate today) {
            return month.getValue() > today.getMonthValue() ? today.getYear() - 1 : today.getYear();
        }

        private static int latestDayYear(Month month, int day, LocalDate today) {
            var candidate = LocalDate.of(today.getYear(), month, Math.min(day, YearMonth.of(today.getYear(), month)
                    .lengthOfMonth()));
            return candidate.isAfter(today) ? today.getYear() - 1 : today.getYear();
        }

        private static int latestQuarterYear(int quarter, LocalDate today) {
            return (quarter - 1) * 3 + 1 > today.getMonthValue() ? today.getYear() - 1 : today.getYear();
        }
    }

    /** A point written at word i as a period of its own, named with its year. */
    private record PointSpan(NamedPeriod period, int end) {
    }

    private Optional<PointSpan> pointPeriod(int i) {
        return point(i).map(p -> {
            lastPoint = p;
            return new PointSpan(named(p, i), p.end());
        });
    }

    private Optional<Point> point(int i) {
        if (i >= words.size() || used[i]) {
            return Optional.empty();
        }
        var start = i;
        if (Set.of("in", "on", "during", "of", "for").contains(words.get(i)) && i + 1 < words.size()) {
            i++;
        }
        var word = words.get(i);
        var iso = isoDate(word);
        if (iso.isPresent()) {
            var d = iso.get();
            return Optional.of(new Point(d.getYear(), d.getMonth(), d.getDayOfMonth(), null, null, i + 1, true));
        }
        if (YEAR_MONTH.matcher(word).matches()) {
            var month = Integer.parseInt(word.substring(5));
            if (month >= 1 && month <= 12) {
                return Optional.of(new Point(Integer.parseInt(word.substring(0, 4)), Month.of(month), null, null,
                        null, i + 1, true));
            }
            return Optional.empty();
        }
        if (MONTH_SLASH_YEAR.matcher(word).matches()) {
            var parts = word.split("/");
            var month = Integer.parseInt(parts[0]);
            if (month >= 1 && month <= 12) {
                return Optional.of(new Point(Integer.parseInt(parts[1]), Month.of(month), null, null, null, i + 1,
                        true));
            }
            return Optional.empty();
        }
        var slashed = slashedDate(word);
        if (slashed.isPresent()) {
            var d = slashed.get();
            return Optional.of(new Point(d.getYear(), d.getMonth(), d.getDayOfMonth(), null, null, i + 1, true));
        }
        var month = MonthNames.month(word);
        // "may I ask ...": the verb, not the month
        var modal = word.equals("may") && i + 1 < words.size() && Set.of("i", "you", "we").contains(words.get(i + 1));
        if (month.isPresent() && !modal) {
            var at = i + 1;
            Integer day = null;
            var shortYear = shortYear(i);
            if (shortYear != null) {
                twoDigitYears = true;
                return Optional.of(new Point(shortYear, month.get(), null, null, null,
                        words.get(i + 1).equals("of") ? i + 3 : i + 2, true));
            }
            if (at < words.size() && isDayNumber(words.get(at)) && !isUnitAhead(at + 1)) {
                day = Integer.parseInt(words.get(at));
                at++;
            }
            if (at < words.size() && words.get(at).equals("of") && at + 1 < words.size() && isYear(words.get(at + 1))) {
                at++;
            }
            Integer year = null;
            if (at < words.size() && isYear(words.get(at))) {
                year = Integer.parseInt(words.get(at));
                at++;
            } else {
                // "November last year", "March of this year"
                var of = matches(at, "of") ? 1 : 0;
                if (matches(at + of, "last", "year")) {
                    year = today.getYear() - 1;
                    at += of + 2;
                } else if (matches(at + of, "this", "year")) {
                    year = today.getYear();
                    at += of + 2;
                }
            }
            if (day != null && day > YearMonth.of(year != null ? year : 2000, month.get()).lengthOfMonth()) {
                return Optional.empty();
            }
            return Optional.of(new Point(year, month.get(), day, null, null, at, true));
        }
        if (isDayNumber(word) && i + 1 < words.size()) {
            var at = i + 1;
            if (words.get(at).equals("of") && at + 1 < words.size()) {
                at++;
            }
            var named = MonthNames.month(words.get(at));
            if (named.isPresent()) {
                at++;
                Integer year = null;
                if (at < words.size() && isYear(words.get(at))) {
                    year = Integer.parseInt(words.get(at));
                    at++;
                }
                var day = Integer.parseInt(word);
                if (day > YearMonth.of(year != null ? year : 2000, named.get()).lengthOfMonth()) {
                    return Optional.empty();
                }
                return Optional.of(new Point(year, named.get(), day, null, null, at, true));
            }
        }
        if (word.equals("q") && i + 1 < words.size() && QUARTER_NUMBER.matcher(words.get(i + 1)).matches()) {
            var at = i + 2;
            Integer year = null;
            if (at < words.size() && isYear(words.get(at))) {
                year = Integer.parseInt(words.get(at));
                at++;
            }
            return Optional.of(new Point(year, null, null, Integer.parseInt(words.get(i + 1)), null, at, true));
        }
        if (isYear(word) && !(isUnitAhead(i + 1) && !Quantities.yearStaysBefore(words.get(i + 1)))) {
            return Optional.of(new Point(Integer.parseInt(word), null, null, null, null, i + 1, true));
        }
        var weekday = MonthNames.weekday(word);
        if (weekday.isPresent() && i + 1 < words.size() && (MonthNames.weekday(words.get(i + 1)).isPresent()
                || RANGE_TO.contains(words.get(i + 1)) && i + 2 < words.size()
                && MonthNames.weekday(words.get(i + 2)).isPresent())) {
            return Optional.empty(); // "(mon-sun)": which days a week holds, not a day
        }
        if (weekday.isPresent() && i >= 1 && (MonthNames.weekday(words.get(i - 1)).isPresent()
                || RANGE_TO.contains(words.get(i - 1)) && i >= 2 && MonthNames.weekday(words.get(i - 2)).isPresent())) {
            return Optional.empty();
        }
        if (weekday.isPresent() && i + 1 < words.size() && !used[i + 1]) {
            // "Monday 20 Jan 2025": the weekday only names the date that follows
            var date = point(i + 1);
            if (date.isPresent() && date.get().day() != null) {
                return date;
            }
        }
        if (weekday.isPresent() && (start < i || i == 0 || !words.get(i - 1).equals("a"))) {
            return Optional.of(new Point(null, null, null, null, weekday.get(), i + 1, false));
        }
        return Optional.empty();
    }

    private NamedPeriod named(Point point, int position) {
        var named = namedAsWritten(point, position);
        // a month, day or quarter without a year (and no other year in the question): the latest one was taken
        var implied = point.year() == null && defaultYear == null && point.weekday() == null
                && (point.month() != null || point.quarter() != null);
        return implied ? named.withYearImplied() : named;
    }

    private NamedPeriod namedAsWritten(Point point, int position) {
        var range = point.range(today, defaultYear);
        if (range.from().isAfter(today)) {
            future = true;
        }
        if (point.weekday() != null) {
            return day(range.from(), position, "on " + weekdayName(range.from()));
        }
        if (point.quarter() != null) {
            return quarter(range.from(), position);
        }
        if (point.month() == null) {
            return year(range.from().getYear(), position);
        }
        if (point.day() != null) {
            return day(range.from(), position, "on " + DAY.format(range.from()));
        }
        return month(range.from(), position);
    }

    // ---- the periods, named ----

    static NamedPeriod day(LocalDate day, int position) {
        return day(day, position, "on " + DAY.format(day));
    }

    private static NamedPeriod day(LocalDate day, int position, String phrase) {
        return new NamedPeriod(DayRange.day(day), phrase, position, Calendar.DAY);
    }

    static NamedPeriod week(LocalDate any, int position) {
        var monday = any.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new NamedPeriod(DayRange.of(monday, monday.plusDays(6)), "in the week of " + fromTo(monday,
                monday.plusDays(6)), position, Calendar.WEEK);
    }

    static NamedPeriod month(LocalDate first, int position) {
        return new NamedPeriod(DayRange.of(first, first.with(TemporalAdjusters.lastDayOfMonth())), "in "
                + monthName(first), position, Calendar.MONTH);
    }

    static NamedPeriod quarter(LocalDate any, int position) {
        var q = (any.getMonthValue() - 1) / 3;
        var first = LocalDate.of(any.getYear(), q * 3 + 1, 1);
        return new NamedPeriod(DayRange.of(first, first.plusMonths(3).minusDays(1)), "in Q" + (q + 1) + " "
                + any.getYear(), position, Calendar.QUARTER);
    }

    static NamedPeriod year(int year, int position) {
        return new NamedPeriod(DayRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), "in " + year,
                position, Calendar.YEAR);
    }

    private NamedPeriod thisYear(int position) {
        return new NamedPeriod(DayRange.of(today.withDayOfYear(1), today), "this year (" + today.getYear() + ")",
                position, Calendar.YEAR);
    }

    private NamedPeriod rolling(int days, int position) {
        var from = today.minusDays(days - 1L);
        return new NamedPeriod(DayRange.of(from, today), "in the last " + days + " days (" + fromTo(from, today)
                + ")", position, Calendar.OTHER);
    }

    private static NamedPeriod allTime(int position) {
        return new NamedPeriod(DayRange.ALL_TIME, "in all your history", position, Calendar.OTHER);
    }

    /** "Nov 30 to Dec 6, 2026", "Dec 28, 2025 to Jan 3, 2026". */
    static String fromTo(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return DAY.format(from);
        }
        return (from.getYear() == to.getYear() ? SHORT_DAY.format(from) : DAY.format(from)) + " to "
                + DAY.format(to);
    }

    private static String monthName(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
    }

    private static String weekdayName(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + DAY.format(day);
    }

    // ---- words ----

    private LocalDate onOrBefore(DayOfWeek weekday) {
        return today.with(TemporalAdjusters.previousOrSame(weekday));
    }

    private static Calendar unitOf(String word) {
        return switch (word) {
            case "day", "days" -> Calendar.DAY;
            case "week", "weeks" -> Calendar.WEEK;
            case "month", "months" -> Calendar.MONTH;
            case "quarter", "quarters" -> Calendar.QUARTER;
            case "year", "years" -> Calendar.YEAR;
            default -> null;
        };
    }

    private Optional<Integer> number(int i) {
        if (i < words.size() && SMALL_NUMBER.matcher(words.get(i)).matches()) {
            return Optional.of(Integer.parseInt(words.get(i)));
        }
        return Optional.empty();
    }

    private boolean matches(int i, String... expected) {
        if (i + expected.length > words.size()) {
            return false;
        }
        for (var k = 0; k < expected.length; k++) {
            if (used[i + k] || !words.get(i + k).equals(expected[k])) {
                return false;
            }
        }
        return true;
    }

    private boolean next(int i, String... options) {
        return i < words.size() && !used[i] && Set.of(options).contains(words.get(i));
    }

    static boolean isYear(String word) {
        if (!YEAR_WORD.matcher(word).matches()) {
            return false;
        }
        return Integer.parseInt(word) >= 1950;
    }

    /** Set once "in feb 22" was read as February 2022, so that "or july 24" after it is read the same way. */
    private boolean twoDigitYears;

    /**
     * "In feb 22", "in june 24 or july 24": after "in" (or "during", "for"), a month followed by two digits is the
     * month of that year, as runners who wrote them meant; "on June 24" and "June 24th" stay days. Null when the
     * words at the month are not that.
     */
    private Integer shortYear(int monthAt) {
        var at = monthAt + 1;
        var of = at < words.size() && words.get(at).equals("of");
        if (of) {
            at++; // "july of 24", "march of 25": always the year
        }
        if (at >= words.size() || !TWO_DIGITS.matcher(words.get(at)).matches() || isUnitAhead(at + 1)
                || (at + 1 < words.size() && isYear(words.get(at + 1)))) {
            return null;
        }
        var before = monthAt == 0 ? "" : words.get(monthAt - 1);
        var inMonth = Set.of("in", "during", "for").contains(before);
        var alongside = twoDigitYears && JOINERS.contains(before);
        if (!of && !inMonth && !alongside) {
            return null;
        }
        var thisYear = today.getYear();
        var year = thisYear / 100 * 100 + Integer.parseInt(words.get(at));
        return year > thisYear ? null : year;
    }

    private static boolean isDayNumber(String word) {
        return DAY_NUMBER.matcher(word).matches() && Integer.parseInt(word) >= 1 && Integer.parseInt(word) <= 31;
    }

    /** Whether a unit follows: "2000 m" and "10 km" are distances, not a year or a day. */
    private boolean isUnitAhead(int i) {
        return i < words.size() && UNITS.contains(words.get(i));
    }

    private static final Set<String> UNITS = Set.of("m", "km", "k", "mi", "mile", "miles", "meters", "metres",
            "meter", "metre", "kilometers", "kilometres", "kilometer", "kilometre", "ft", "feet", "bpm", "minutes",
            "minute", "hours", "hour", "seconds", "x", "calories", "kcal");

    private static Optional<LocalDate> isoDate(String word) {
        if (!ISO_DATE.matcher(word).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(word));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "16/11/2024" or "11/16/2024" when only one reading is a date; "03/04/2024" is ambiguous and not read. */
    private static Optional<LocalDate> slashedDate(String word) {
        var parts = word.split("/");
        if (parts.length != 3 || !SLASHED_DATE.matcher(word).matches()) {
            return Optional.empty();
        }
        var a = Integer.parseInt(parts[0]);
        var b = Integer.parseInt(parts[1]);
        var y = Integer.parseInt(parts[2]);
        y = y < 100 ? 2000 + y : y;
        if (a == b || (a <= 12 && b <= 12)) {
            return a == b ? safeDate(y, a, b) : Optional.empty();
        }
        return a > 12 ? safeDate(y, b, a) : safeDate(y, a, b);
    }

    private static Optional<LocalDate> safeDate(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
