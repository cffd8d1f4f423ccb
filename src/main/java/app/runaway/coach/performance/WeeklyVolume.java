package app.runaway.coach.performance;

import app.runaway.coach.RunSample;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Running distance per ISO week (Monday start) over local dates, from the week of the first run to the week of the
 * day of analysis, empty weeks included.
 *
 * @param weeks                oldest first; the last one is the current week
 * @param currentWeek          the week containing the day of analysis, up to and including that day
 * @param fourWeekAverageM     mean distance of the 4 weeks before the current one; fewer when the history is
 *                             shorter (weeks before the first run do not count), empty when there are none
 * @param twelveWeekAverageM   the same over 12 weeks
 */
public record WeeklyVolume(List<WeekDistance> weeks, WeekDistance currentWeek, OptionalDouble fourWeekAverageM,
                           OptionalDouble twelveWeekAverageM) {

    public WeeklyVolume {
        weeks = List.copyOf(weeks);
    }

    public static WeeklyVolume of(Collection<RunSample> history, LocalDate asOf) {
        var runs = history.stream().filter(RunSample::isRun).filter(run -> !run.localDate().isAfter(asOf)).toList();
        var currentMonday = mondayOf(asOf);
        var firstMonday = runs.stream().map(run -> mondayOf(run.localDate())).min(LocalDate::compareTo)
                .orElse(currentMonday);
        var byWeek = runs.stream().collect(Collectors.groupingBy(run -> mondayOf(run.localDate())));
        var weeks = new ArrayList<WeekDistance>();
        for (var monday = firstMonday; !monday.isAfter(currentMonday); monday = monday.plusWeeks(1)) {
            var inWeek = byWeek.getOrDefault(monday, List.of());
            weeks.add(new WeekDistance(monday, inWeek.stream().mapToDouble(RunSample::distanceM).sum(), inWeek.size(),
                    !monday.plusDays(6).isAfter(asOf)));
        }
        var past = weeks.subList(0, weeks.size() - 1);
        return new WeeklyVolume(weeks, weeks.getLast(), averageOfLast(past, 4), averageOfLast(past, 12));
    }

    /** The weeks before the current one, oldest first. */
    public List<WeekDistance> pastWeeks() {
        return weeks.subList(0, weeks.size() - 1);
    }

    static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static OptionalDouble averageOfLast(List<WeekDistance> weeks, int count) {
        return weeks.subList(Math.max(0, weeks.size() - count), weeks.size()).stream()
                .mapToDouble(WeekDistance::distanceM).average();
    }
}
