package app.runaway.coach.performance;

import app.runaway.coach.RunSample;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

/**
 * A stretch without running long enough that training must restart gradually: at least two weeks between two runs,
 * or between the last run and the day of analysis.
 *
 * @param lastRunBefore  the last run before it
 * @param firstRunAfter  the first run after it, or null while it lasts
 * @param days           days from the last run before it to the first run after it (or to the day of analysis)
 * @param weeklyMBefore  mean weekly running distance of the four weeks up to its last run: what the athlete ran
 *                       before, which the return is scaled to
 */
public record RunningBreak(LocalDate lastRunBefore, LocalDate firstRunAfter, long days, double weeklyMBefore) {
    /** Two weeks off is where detraining starts to show and a coach eases a runner back in. */
    public static final int SHORTEST_DAYS = 14;
    /** A break that ended this long ago is over: the ramp back is done by then whatever its length. */
    static final int STILL_SHAPING_DAYS = 7 * 6;

    public boolean ongoing() {
        return firstRunAfter == null;
    }

    /**
     * The latest break that still shapes training on {@code asOf}: one still going, or one that ended within the
     * last six weeks. Empty when the athlete has never run (a new runner has no break to come back from).
     */
    public static Optional<RunningBreak> latest(Collection<RunSample> history, LocalDate asOf) {
        var days = history.stream().filter(RunSample::isRun).filter(r -> r.distanceM() > 0)
                .map(RunSample::localDate).filter(d -> !d.isAfter(asOf)).distinct().sorted().toList();
        if (days.isEmpty()) {
            return Optional.empty();
        }
        var last = days.getLast();
        if (ChronoUnit.DAYS.between(last, asOf) >= SHORTEST_DAYS) {
            return Optional.of(new RunningBreak(last, null, ChronoUnit.DAYS.between(last, asOf),
                    weeklyBefore(history, last)));
        }
        for (var i = days.size() - 1; i > 0; i--) {
            var after = days.get(i);
            if (ChronoUnit.DAYS.between(after, asOf) > STILL_SHAPING_DAYS) {
                break;
            }
            var before = days.get(i - 1);
            if (ChronoUnit.DAYS.between(before, after) >= SHORTEST_DAYS) {
                return Optional.of(new RunningBreak(before, after, ChronoUnit.DAYS.between(before, after),
                        weeklyBefore(history, before)));
            }
        }
        return Optional.empty();
    }

    private static double weeklyBefore(Collection<RunSample> history, LocalDate lastRun) {
        var from = lastRun.minusDays(27);
        return history.stream().filter(RunSample::isRun)
                .filter(r -> !r.localDate().isBefore(from) && !r.localDate().isAfter(lastRun))
                .mapToDouble(RunSample::distanceM).sum() / 4;
    }
}
