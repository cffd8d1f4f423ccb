package app.runaway.coach;


import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a goal as a runner writes it: "Marathon under 4:00 on 2027-04-18", "sub-20 5k", "half marathon in 1:45:00
 * on 2027-05-02 (B race)", "10 miles 1:15". A two-part time is minutes and seconds unless that would be faster than
 * 2:30 per km (beyond the world record at any distance from 5 km up), in which case it is hours and minutes: nobody
 * aims at a 4-minute marathon. A bare number after "sub" is read the same way.
 */
public final class RaceGoalText {
    private static final double MILE_M = Mile.METRES;
    private static final double FASTEST_PLAUSIBLE_S_PER_KM = 150;

    /** Distance names, longest phrase first so that "half marathon" is not read as "marathon". */
    private static final List<Named> DISTANCES = List.of(
            new Named("half[- ]?marathon|half", 21_097.5),
            new Named("marathon", 42_195),
            new Named("ultra|50 ?k", 50_000),
            new Named("10 ?miles?|ten miles?", 10 * MILE_M),
            new Named("15 ?k", 15_000),
            new Named("10 ?k", 10_000),
            new Named("5 ?k|parkrun", 5_000),
            new Named("(?:one )?mile", MILE_M));
    private static final Pattern CUSTOM_DISTANCE =
            Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(km|kilometres?|kilometers?|mi|miles?|m|metres?|meters?)\\b");
    private static final Pattern TIME = Pattern.compile("(?<![\\d-])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?![\\d-])");
    private static final Pattern SUB_MINUTES = Pattern.compile("\\bsub[- ]?(\\d{1,3})\\b(?!:)");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern PRIORITY = Pattern.compile("\\b([abc])[- ]race\\b|\\(([abc])\\)|priority\\s*([abc])\\b");

    private RaceGoalText() {
    }

    /** What a goal text says: a goal, or why it is none. */
    public sealed interface Reading {
    }

    public record Read(RaceGoal goal) implements Reading {
    }

    /**
     * @param reason     for the runner, to follow the field's name: "names no race distance; ..."
     * @param noDistance the text names no race at all (a title such as "my spring race"), rather than a broken one
     */
    public record Unreadable(String reason, boolean noDistance) implements Reading {
    }

    /** The goal, or empty when the text is no goal (see {@link #read} for why). */
    public static Optional<RaceGoal> parse(String text) {
        return read(text) instanceof Read read ? Optional.of(read.goal()) : Optional.empty();
    }

    public static Reading read(String text) {
        if (text == null || text.isBlank()) {
            return new Unreadable("is empty; write it like 'Marathon under 4:00 on 2027-04-18'", true);
        }
        var lower = text.toLowerCase(Locale.ROOT).strip();
        var dateMatch = DATE.matcher(lower);
        LocalDate date = null;
        if (dateMatch.find()) {
            try {
                date = LocalDate.parse(dateMatch.group(1));
            } catch (DateTimeException notADate) {
                return new Unreadable("names the date " + dateMatch.group(1) + ", which is not a date", false);
            }
        }
        var withoutDate = DATE.matcher(lower).replaceAll(" ");
        var distance = distance(withoutDate);
        if (distance.isEmpty()) {
            return new Unreadable("names no race distance; write it like 'Marathon under 4:00 on 2027-04-18'",
                    true);
        }
        var target = targetSeconds(withoutDate, distance.get());
        if (target.isPresent() && target.get() <= 0) {
            return new Unreadable("has a target time of zero; write it like 'Marathon under 4:00'", false);
        }
        return new Read(new RaceGoal(text.strip(), distance.get(), target.orElse(null), date, priority(lower)));
    }

    private static Optional<Double> distance(String text) {
        for (var named : DISTANCES) {
            if (Pattern.compile("\\b(?:" + named.pattern() + ")\\b").matcher(text).find()) {
                return Optional.of(named.metres());
            }
        }
        var custom = CUSTOM_DISTANCE.matcher(text);
        while (custom.find()) {
            var value = Double.parseDouble(custom.group(1).replace(',', '.'));
            var unit = custom.group(2);
            var metres = unit.startsWith("k") ? value * 1000 : unit.startsWith("mi") ? value * MILE_M : value;
            if (metres >= 400) {
                return Optional.of(metres);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> targetSeconds(String text, double distanceM) {
        var time = TIME.matcher(text);
        if (time.find()) {
            var first = Integer.parseInt(time.group(1));
            var second = Integer.parseInt(time.group(2));
            if (time.group(3) != null) {
                return Optional.of(first * 3600 + second * 60 + Integer.parseInt(time.group(3)));
            }
            return Optional.of(plausible(first * 60 + second, first * 3600 + second * 60, distanceM));
        }
        var sub = SUB_MINUTES.matcher(text);
        if (sub.find()) {
            var value = Integer.parseInt(sub.group(1));
            return Optional.of(plausible(value * 60, value * 3600, distanceM)); // "sub-20 5k", "sub-3 marathon"
        }
        return Optional.empty();
    }

    private static int plausible(int shorter, int longer, double distanceM) {
        return shorter / (distanceM / 1000) < FASTEST_PLAUSIBLE_S_PER_KM ? longer : shorter;
    }

    private static RaceGoal.Priority priority(String text) {
        var match = PRIORITY.matcher(text);
        if (match.find()) {
            var letter = match.group(1) != null ? match.group(1) : match.group(2) != null ? match.group(2)
                    : match.group(3);
            return RaceGoal.Priority.valueOf(letter.toUpperCase(Locale.ROOT));
        }
        return RaceGoal.Priority.A;
    }

    private record Named(String pattern, double metres) {
    }
}
