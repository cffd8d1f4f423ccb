package app.runaway.chat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sorts a question into the families the offline engine answers exactly: last, first, longest, fastest, count,
 * total, comparison of two periods, "how am I doing", "plan my week". Distances in the question are understood in
 * any unit ("over 10 miles", "15 km", "half marathon").
 */
final class QuestionParser {
    private static final double MILE_M = 1609.344;
    private static final Pattern DISTANCE = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(km|kilometers?|kilometres?|k\\b|mi\\b|miles?|m\\b|meters?|metres?)");
    private static final Pattern RACE = Pattern.compile("\\b(half[- ]marathon|marathon|10 ?k|5 ?k)\\b");

    private QuestionParser() {
    }

    static Question parse(String message, LocalDate today) {
        var text = message.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        var periods = PeriodWords.find(text, today);
        var period = periods.isEmpty() ? Period.allTime() : periods.getFirst();
        var sport = sport(text);
        if (text.matches(".*\\bhow (am i|are my|is my) (doing|training|going|progress).*")
                || text.matches(".*\\bhow('s| is) (my )?training.*") || text.contains("am i on track")) {
            return new Question.HowAmIDoing();
        }
        if (text.matches(".*\\b(plan|schedule)\\b.*\\b(week|days?)\\b.*") || text.contains("what should i run")) {
            return new Question.PlanMyWeek();
        }
        if (periods.size() >= 2 && text.matches(".*\\b(vs\\.?|versus|compared?|compare|than)\\b.*")) {
            return new Question.Compare(sport, periods.get(0), periods.get(1));
        }
        if (text.matches(".*\\b(vs\\.?|versus|compared? (to|with))\\s+last\\b.*") && periods.size() == 1) {
            return new Question.Compare(sport, period, previous(period));
        }
        if (text.matches(".*\\b(personal (records?|bests?)|prs?|pbs?|records)\\b.*")) {
            return new Question.Records(period);
        }
        if (text.matches(".*\\b(average|avg|mean|typical)\\b.*")) {
            var measure = text.matches(".*\\b(per|a|each) week\\b.*") || text.contains("weekly")
                    ? Question.Average.Measure.WEEKLY_DISTANCE
                    : text.matches(".*\\b(pace|speed|fast)\\b.*") ? Question.Average.Measure.PACE
                    : Question.Average.Measure.DISTANCE;
            return new Question.Average(sport, period, measure);
        }
        if (text.matches(".*\\blongest\\b.*") || text.matches(".*\\bfurthest\\b.*") || text.matches(".*\\bfarthest\\b.*")) {
            return new Question.Longest(sport, period);
        }
        if (text.matches(".*\\b(fastest|quickest|best)\\b.*")) {
            var race = RACE.matcher(text);
            if (race.find()) {
                var name = raceName(race.group(1));
                return new Question.Fastest(sport, raceMetres(name), name, period);
            }
            var distance = distance(text);
            return new Question.Fastest(sport, distance, distance == null ? null : written(text), period);
        }
        if (text.matches(".*\\b(last|latest|most recent)\\b.*") && (text.matches(".*\\b(over|more than|longer than|"
                + "at least|above)\\b.*")) && distance(text) != null) {
            return new Question.LastOver(sport, distance(text), written(text));
        }
        if (text.matches(".*\\bhow many (runs|times|rides|walks|hikes|activities|workouts)\\b.*")
                || text.matches(".*\\bnumber of (runs|rides|walks|activities)\\b.*")) {
            return new Question.Count(sport, period);
        }
        if (text.matches(".*\\b(how (many|much|far)|total|distance|mileage|kilomet|miles)\\b.*")) {
            return new Question.Total(sport, period);
        }
        if (text.matches(".*\\b(first|earliest)\\b.*")) {
            return new Question.First(sport);
        }
        if (text.matches(".*\\b(last|latest|most recent|previous)\\b.*")) {
            return new Question.Latest(sport);
        }
        if (text.matches("^(find|search|show me|which|where|recall|look for)\\b.*")
                || text.matches(".*\\b(the (run|ride|walk|hike|one) (where|when|with|in|that))\\b.*")) {
            return new Question.Recall(message.strip());
        }
        return new Question.NotUnderstood();
    }

    /** "run" unless the question names another sport or asks about every activity. */
    private static String sport(String text) {
        if (text.matches(".*\\b(rides?|ridden|cycl\\w*|bik\\w*)\\b.*")) {
            return "Ride";
        }
        if (text.matches(".*\\bwalk\\w*\\b.*")) {
            return "Walk";
        }
        if (text.matches(".*\\bhik\\w*\\b.*")) {
            return "Hike";
        }
        if (text.matches(".*\\b(activities|workouts|sessions)\\b.*")) {
            return null;
        }
        return "Run";
    }

    private static Double distance(String text) {
        var matcher = DISTANCE.matcher(text);
        if (!matcher.find()) {
            var race = RACE.matcher(text);
            return race.find() ? raceMetres(raceName(race.group(1))) : null;
        }
        var value = Double.parseDouble(matcher.group(1).replace(',', '.'));
        var unit = matcher.group(2);
        if (unit.startsWith("mi")) {
            return value * MILE_M;
        }
        if (unit.equals("m") || unit.startsWith("met")) {
            return value;
        }
        return value * 1000;
    }

    private static String written(String text) {
        var matcher = DISTANCE.matcher(text);
        if (matcher.find()) {
            return matcher.group().strip();
        }
        var race = RACE.matcher(text);
        return race.find() ? race.group(1) : null;
    }

    /** "half-marathon" and "half marathon" alike; "10 k" as "10k". */
    private static String raceName(String written) {
        return written.startsWith("half") ? "half marathon" : written.replace(" ", "");
    }

    private static double raceMetres(String name) {
        return switch (name) {
            case "half marathon" -> 21_097.5;
            case "marathon" -> 42_195;
            case "10k" -> 10_000;
            default -> 5_000;
        };
    }

    /** The period just before: last month for this month, last year for this year, and so on. */
    private static Period previous(Period period) {
        var days = period.to().toEpochDay() - period.from().toEpochDay();
        if (period.from().getDayOfMonth() == 1 && period.label().contains("month")) {
            var start = period.from().minusMonths(1);
            return new Period(start, start.withDayOfMonth(start.lengthOfMonth()), "the month before");
        }
        if (period.from().getDayOfYear() == 1 && period.label().contains("year")) {
            var start = period.from().minusYears(1);
            return new Period(start, start.withDayOfYear(start.lengthOfYear()), "the year before");
        }
        return new Period(period.from().minusDays(days + 1), period.from().minusDays(1), "the period before");
    }
}
