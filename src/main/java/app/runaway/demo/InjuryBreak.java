package app.runaway.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** A stretch of days without running (a calf strain, a flu), one in about every two years of history. */
record InjuryBreak(LocalDate firstDay, LocalDate lastDay) {

    boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    static List<InjuryBreak> plan(LocalDate firstMonday, int weeks, RandomGenerator random) {
        var breaks = new ArrayList<InjuryBreak>();
        if (weeks < 20) {
            return breaks;
        }
        for (int blockStart = 0; blockStart + 16 <= weeks; blockStart += 104) {
            int blockWeeks = Math.min(104, weeks - blockStart);
            int week = blockStart + random.nextInt(8, blockWeeks - 4);
            var first = firstMonday.plusWeeks(week).plusDays(random.nextInt(7));
            breaks.add(new InjuryBreak(first, first.plusDays(random.nextInt(7, 18))));
        }
        return breaks;
    }
}
