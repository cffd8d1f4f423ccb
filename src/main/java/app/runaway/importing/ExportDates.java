package app.runaway.importing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an export's Activity Date, which Strava writes in UTC whatever the language: the real exports' dates match
 * the UTC times of the GPX files beside them (Italian) and the times their default names give ("Evening Run" at
 * 00:xx UTC in Colombia). The forms: today's `Aug 15, 2022, 3:09:27 PM`, en-GB `25 Jun 2015, 11:18:35`, the first
 * exports' `2014-09-12 16:54:28`, and in other languages `11 ago 2014, 16:27:28` (Italian), `23 jun. 2017 15:52:12`
 * (Dutch, 2020), `2 ago 2026, 12:20:32 p.m.` (Spanish, with a narrow no-break space).
 *
 * <p>A runner who opened the CSV in a spreadsheet and saved it gets the spreadsheet's short form, `25/06/2015 11:18`:
 * still UTC (Excel keeps the value, it drops the seconds), but day and month in the order of the runner's locale. A
 * file is all in one order, so the order is decided for the whole file ({@link ExportSurvey}): a first number above
 * 12 means day first, a second number above 12 means month first, and a file that never tells is read day first, as
 * most of the world writes it (US Excel writes `6/25/2015 11:18`, which tells as soon as a day passes the 12th).
 */
final class ExportDates {
    /** English forms, parsed by the JDK; all UTC. */
    private static final List<DateTimeFormatter> ENGLISH_FORMATS = List.of(
            formatter("MMM d, yyyy, h:mm:ss a", Locale.US),
            formatter("MMM d, yyyy h:mm:ss a", Locale.US),
            // English month names as the export writes them: "Sep", where Locale.UK's CLDR data expects "Sept"
            formatter("d MMM yyyy, HH:mm:ss", Locale.ENGLISH),
            formatter("d MMM yyyy HH:mm:ss", Locale.ENGLISH),
            formatter("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
            formatter("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT),
            formatter("yyyy-MM-dd H:mm", Locale.ROOT),
            formatter("M/d/yyyy h:mm:ss a", Locale.US),
            formatter("M/d/yyyy, h:mm:ss a", Locale.US));

    /**
     * `11 ago 2014, 16:27:28`, `23 jun. 2017 15:52:12`, `2 ago 2026, 12:20:32 p.m.`: day, month name, year, time.
     * Month names come from the dialect, not from the JDK's locale data, which changes between versions.
     */
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            "(\\d{1,2}) (\\p{L}+)\\.? (\\d{4}),? (\\d{1,2}):(\\d{2}):(\\d{2})(?: ?([ap])\\.? ?m\\.?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A spreadsheet's short form: `25/06/2015 11:18`, `6/25/2015 11:18:35`. */
    private static final Pattern SLASHED =
            Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}) (\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    private ExportDates() {
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale);
    }

    /** @param dayFirst how this file orders a slashed date's first two numbers, see {@link ExportSurvey} */
    static Optional<Instant> utc(String text, ExportDialect dialect, boolean dayFirst) {
        // Newer JDKs and some exports put a narrow no-break space before AM/PM.
        var cleaned = text.replace('\u202F', ' ').replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
        if (cleaned.endsWith("Z")) {
            try {
                return Optional.of(Instant.parse(cleaned));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        var named = DAY_MONTH_NAME.matcher(cleaned);
        if (named.matches()) {
            return dayMonthName(named, dialect).or(() -> dayMonthName(named, ExportDialect.ENGLISH));
        }
        var slashed = SLASHED.matcher(cleaned);
        if (slashed.matches()) {
            return slashed(slashed, dayFirst);
        }
        var english = cleaned.replaceAll("(?i)\\bSept\\b", "Sep");
        for (var format : ENGLISH_FORMATS) {
            try {
                return Optional.of(LocalDateTime.parse(english, format).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException next) {
                // try the next form Strava has used
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> dayMonthName(Matcher date, ExportDialect dialect) {
        return dialect.month(date.group(2)).flatMap(month -> {
            var hour = Integer.parseInt(date.group(4));
            if (date.group(7) != null) {
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                hour = hour % 12 + (date.group(7).equalsIgnoreCase("p") ? 12 : 0);
            }
            return utc(Integer.parseInt(date.group(3)), month, Integer.parseInt(date.group(1)), hour,
                    Integer.parseInt(date.group(5)), Integer.parseInt(date.group(6)));
        });
    }

    private static Optional<Instant> slashed(Matcher date, boolean dayFirst) {
        var first = Integer.parseInt(date.group(1));
        var second = Integer.parseInt(date.group(2));
        return utc(Integer.parseInt(date.group(3)), dayFirst ? second : first, dayFirst ? first : second,
                Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)),
                date.group(6) == null ? 0 : Integer.parseInt(date.group(6)));
    }

    private static Optional<Instant> utc(int year, int month, int day, int hour, int minute, int second) {
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException impossible) {
            return Optional.empty(); // the 31st of June, a 25th month: no date
        }
    }

    /**
     * What a slashed date says of the file's order: day first when its first number is above 12, month first when
     * its second is, empty when it cannot tell (both 12 or below) or is no slashed date.
     */
    static Optional<Boolean> tellsDayFirst(String text) {
        var date = SLASHED.matcher(text.strip());
        if (!date.matches()) {
            return Optional.empty();
        }
        var first = Integer.parseInt(date.group(1));
        var second = Integer.parseInt(date.group(2));
        if (first > 12 && second <= 12) {
            return Optional.of(true);
        }
        return second > 12 && first <= 12 ? Optional.of(false) : Optional.empty();
    }
}
