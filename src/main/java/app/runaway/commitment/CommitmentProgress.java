package app.runaway.commitment;

import app.runaway.activity.FootSports;
import app.runaway.activity.PeriodTotals;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Whether each commitment was kept, and the streaks. A run commitment is kept by any run (road, trail or virtual);
 * other sports by the same sport. It is kept when the day's activities reach every target it sets (distance,
 * duration), or, with no target, by any activity of that sport. A streak counts kept commitments in a row: a missed
 * one breaks it, a day without a commitment neither adds nor breaks; today's open commitment does not break it yet.
 */
final class CommitmentProgress {

    enum Outcome { KEPT, MISSED, PENDING }

    record Day(Commitment commitment, double doneDistanceM, long doneMovingTimeS, Outcome outcome) {
    }

    record Streaks(int current, int longest) {
    }

    private CommitmentProgress() {
    }

    static List<Day> days(List<Commitment> commitments, Map<LocalDate, Map<String, PeriodTotals.Totals>> done,
                          LocalDate today) {
        return commitments.stream().map(commitment -> {
            var totals = done.getOrDefault(commitment.day(), Map.of()).entrySet().stream()
                    .filter(entry -> sameSport(commitment.sportType(), entry.getKey()))
                    .map(Map.Entry::getValue)
                    .reduce(PeriodTotals.Totals.ZERO, PeriodTotals.Totals::plus);
            var kept = totals.count() > 0
                    && (commitment.targetDistanceM() == null || totals.distanceM() >= commitment.targetDistanceM())
                    && (commitment.targetDurationS() == null || totals.movingTimeS() >= commitment.targetDurationS());
            var outcome = kept ? Outcome.KEPT : commitment.day().isBefore(today) ? Outcome.MISSED : Outcome.PENDING;
            return new Day(commitment, totals.distanceM(), totals.movingTimeS(), outcome);
        }).toList();
    }

    static Streaks streaks(List<Day> days) {
        var longest = 0;
        var run = 0;
        for (var day : days) {
            switch (day.outcome()) {
                case KEPT -> run++;
                case MISSED -> run = 0;
                case PENDING -> { } // not decided yet
            }
            longest = Math.max(longest, run);
        }
        return new Streaks(run, longest);
    }

    private static boolean sameSport(String committed, String done) {
        return committed.equals(done) || (FootSports.RUNS.contains(committed) && FootSports.RUNS.contains(done));
    }
}
