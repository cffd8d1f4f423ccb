package app.runaway.llm;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the calendar dates a model's answer states are dates of its data. The figure check reads "Nov 7, 2025" as
 * the numbers 7 and 2025, and a 7 passes as a count; this check reads it as a date, and passes it only when the data
 * of the turn hold that day (and that year, when the answer names one).
 */
public final class AnswerDates {
    /** Capitalised, as English writes a month: "may 3" is a verb and a count, "May 3" a date. */
    private static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String YEAR = "(?:,?\\s+(?<year>\\d{4}))?(?!\\d)";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(?<day>\\d{1,2})(?!\\d)"
            + "(?:st|nd|rd|th)?" + YEAR);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + MONTH + "\\b" + YEAR);
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?!\\d)");
    /** The context's own short form, "Wed 11-25", a day of the current year. */
    private static final Pattern SHORT = Pattern.compile(
            "\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?<month>\\d{2})-(?<day>\\d{2})\\b");

    private record Day(Integer year, int month, int day) {
    }

    private final Set<Day> known = new HashSet<>();

    private AnswerDates() {
    }

    /**
     * @param facts the turn's tool results as trees of maps, lists and strings
     * @param texts further texts holding dates (the context block)
     * @param today the athlete's today, whose year the context's short dates are in
     */
    public static AnswerDates of(Collection<?> facts, List<String> texts, LocalDate today) {
        var dates = new AnswerDates();
        facts.forEach(dates::walk);
        for (var text : texts) {
            dates.readIso(text);
            dates.readWritten(text);
            var m = SHORT.matcher(text);
            while (m.find()) {
                dates.add(today.getYear(), Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day")));
            }
        }
        dates.add(today.getYear(), today.getMonthValue(), today.getDayOfMonth());
        return dates;
    }

    /** The text with every calendar date it writes taken out, for a check of its other figures. */
    static String withoutDates(String text) {
        var out = text;
        for (var pattern : List.of(MONTH_DAY, DAY_MONTH, ISO)) {
            out = pattern.matcher(out).replaceAll(" ");
        }
        return out;
    }

    /** The dates of the answer that no data of the turn holds, as written. */
    public List<String> unmatched(String answer) {
        var unmatched = new ArrayList<String>();
        for (var pattern : List.of(MONTH_DAY, DAY_MONTH)) {
            var m = pattern.matcher(answer);
            while (m.find()) {
                if (!holds(m, month(m.group("month")))) {
                    unmatched.add(m.group().strip());
                }
            }
        }
        var iso = ISO.matcher(answer);
        while (iso.find()) {
            if (!holds(iso, Integer.parseInt(iso.group("month")))) {
                unmatched.add(iso.group());
            }
        }
        return unmatched;
    }

    private boolean holds(Matcher m, int month) {
        var day = Integer.parseInt(m.group("day"));
        var year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
        return known.stream().anyMatch(d -> d.month() == month && d.day() == day
                && (year == null || year.equals(d.year())));
    }

    private void walk(Object node) {
        switch (node) {
            case Map<?, ?> map -> map.values().forEach(this::walk);
            case Collection<?> items -> items.forEach(this::walk);
            case CharSequence text -> readIso(text.toString());
            case null, default -> {
                // numbers and booleans hold no date
            }
        }
    }

    private void readIso(String text) {
        var m = ISO.matcher(text);
        while (m.find()) {
            add(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                    Integer.parseInt(m.group("day")));
        }
    }

    /** Dates written out with their year ("Jan 1, 2022") in a text that counts as fact. */
    private void readWritten(String text) {
        for (var pattern : List.of(MONTH_DAY, DAY_MONTH)) {
            var m = pattern.matcher(text);
            while (m.find()) {
                if (m.group("year") != null) {
                    add(Integer.parseInt(m.group("year")), month(m.group("month")), Integer.parseInt(m.group("day")));
                }
            }
        }
    }

    private void add(int year, int month, int day) {
        known.add(new Day(year, month, day));
    }

    private static int month(String name) {
        var prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (var month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }
}
