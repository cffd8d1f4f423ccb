package app.runaway.coach.evidence;

import app.runaway.coach.RunSample;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The athlete's own runs around a run: those of its ISO week and of the 52 weeks before and after it, among the runs
 * handed in. A run is judged against the year it belongs to, not against the athlete's whole history (fitness
 * changes) nor against the weeks an analysis happens to show (the verdict on a run must not depend on the window it
 * is seen through). Lists are kept per week, so a long history costs one pass per week.
 */
final class YearAround {
    static final int WEEKS_EITHER_SIDE = 52;

    private final List<RunSample> byDate;
    private final Map<LocalDate, List<RunSample>> cache = new HashMap<>();

    YearAround(List<RunSample> runs) {
        this.byDate = runs.stream().sorted(Comparator.comparing(RunSample::localDate)).toList();
    }

    /** The runs from 52 weeks before the day's week to 52 weeks after it, the day's own run included. */
    List<RunSample> around(LocalDate day) {
        var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return cache.computeIfAbsent(monday, m -> byDate.subList(
                firstOnOrAfter(m.minusWeeks(WEEKS_EITHER_SIDE)),
                firstOnOrAfter(m.plusWeeks(WEEKS_EITHER_SIDE + 1))));
    }

    private int firstOnOrAfter(LocalDate day) {
        int low = 0;
        int high = byDate.size();
        while (low < high) {
            var middle = (low + high) >>> 1;
            if (byDate.get(middle).localDate().isBefore(day)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
