package app.runaway.chat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the periods a runner names: "today", "yesterday", "this week", "last week", "this month", "last month",
 * "this year", "last year", "in March" (the latest March that has begun), "in 2024", "since June", "last 30 days".
 * Weeks start on Monday; every period is in the athlete's own calendar.
 */
final class PeriodWords {
    private static final Pattern LAST_DAYS = Pattern.compile("\\b(?:last|past) (\\d{1,4}) days\\b");
    private static final Pattern LAST_WEEKS = Pattern.compile("\\b(?:last|past) (\\d{1,3}) weeks\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in )?((?:19|20)\\d\\d)\\b");
    private static final Pattern SINCE_MONTH = Pattern.compile("\\bsince ([a-z]+)\\b");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|during) ([a-z]+)\\b");

    private PeriodWords() {
    }

    /** Every period named in the text, in the order they appear (two for a comparison). */
    static List<Period> find(String text, LocalDate today) {
        var found = new ArrayList<Located>();
        var lower = text.toLowerCase(Locale.ROOT);
        var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        fixed(lower, "today", new Period(today, today, "today"), found);
        fixed(lower, "yesterday", new Period(today.minusDays(1), today.minusDays(1), "yesterday"), found);
        fixed(lower, "this week", new Period(monday, today, "this week"), found);
        fixed(lower, "last week", new Period(monday.minusWeeks(1), monday.minusDays(1), "last week"), found);
        fixed(lower, "this month", new Period(today.withDayOfMonth(1), today, "this month"), found);
        fixed(lower, "last month", new Period(today.withDayOfMonth(1).minusMonths(1),
                today.withDayOfMonth(1).minusDays(1), "last month"), found);
        fixed(lower, "this year", new Period(today.withDayOfYear(1), today, "this year"), found);
        fixed(lower, "last year", new Period(today.withDayOfYear(1).minusYears(1),
                today.withDayOfYear(1).minusDays(1), "last year"), found);
        var days = LAST_DAYS.matcher(lower);
        while (days.find()) {
            var n = Integer.parseInt(days.group(1));
            found.add(new Located(days.start(), new Period(today.minusDays(n - 1L), today, "the last " + n + " days")));
        }
        var weeks = LAST_WEEKS.matcher(lower);
        while (weeks.find()) {
            var n = Integer.parseInt(weeks.group(1));
            found.add(new Located(weeks.start(), new Period(today.minusWeeks(n).plusDays(1), today,
                    "the last " + n + " weeks")));
        }
        var since = SINCE_MONTH.matcher(lower);
        while (since.find()) {
            month(since.group(1)).ifPresent(month -> {
                var start = latestStart(month, today);
                found.add(new Located(since.start(), new Period(start, today, "since " + name(month) + " "
                        + start.getYear())));
            });
        }
        var in = IN_MONTH.matcher(lower);
        while (in.find()) {
            if (lower.startsWith("since", Math.max(0, in.start() - 6))) {
                continue;
            }
            month(in.group(1)).ifPresent(month -> {
                var start = latestStart(month, today);
                found.add(new Located(in.start(), new Period(start, start.with(TemporalAdjusters.lastDayOfMonth()),
                        name(month) + " " + start.getYear())));
            });
        }
        var year = YEAR.matcher(lower);
        while (year.find()) {
            var y = Integer.parseInt(year.group(1));
            if (y <= today.getYear()) {
                found.add(new Located(year.start(), new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
                        String.valueOf(y))));
            }
        }
        found.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return found.stream().map(Located::period).toList();
    }

    private static void fixed(String text, String words, Period period, List<Located> found) {
        var matcher = Pattern.compile("\\b" + words + "\\b").matcher(text);
        while (matcher.find()) {
            found.add(new Located(matcher.start(), period));
        }
    }

    /** The start of the latest such month that has begun: in November, "March" is this year's; "December" last year's. */
    private static LocalDate latestStart(Month month, LocalDate today) {
        var start = LocalDate.of(today.getYear(), month, 1);
        return start.isAfter(today) ? start.minusYears(1) : start;
    }

    /** A month by its English name or its usual abbreviation ("mar", "sept"). */
    private static Optional<Month> month(String word) {
        for (var month : Month.values()) {
            var full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (word.equals(full) || word.equals(full.substring(0, 3)) || (month == Month.SEPTEMBER
                    && word.equals("sept"))) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static String name(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private record Located(int at, Period period) {
    }
}
