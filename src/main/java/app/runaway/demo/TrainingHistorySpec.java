package app.runaway.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * What to generate: one synthetic athlete's history of {@code weeks} weeks ending on {@code lastDay}, fitness rising
 * (or falling) linearly from {@code startVdot} to {@code endVdot}. The seed decides everything else, so a seed per
 * athlete gives N distinct but reproducible athletes.
 */
public record TrainingHistorySpec(long seed, LocalDate lastDay, int weeks, ZoneId zone, double startVdot,
                                  double endVdot) {

    /** About 6.7 activities a week: six or seven runs less missed days, plus some cross-training. */
    static final double ACTIVITIES_PER_WEEK = 6.7;

    public TrainingHistorySpec {
        if (lastDay == null || zone == null) {
            throw new IllegalArgumentException("a history needs a last day and a zone");
        }
        if (weeks < 1 || weeks > 100_000) {
            throw new IllegalArgumentException("weeks must be between 1 and 100000, was " + weeks);
        }
        // The Daniels model is only meaningful for VDOT of about 15-90 (running-science reference).
        if (startVdot < 20 || startVdot > 85 || endVdot < 20 || endVdot > 85) {
            throw new IllegalArgumentException("VDOT must be between 20 and 85");
        }
    }

    /** Two years (104 weeks, about 700 activities) for an athlete whose fitness the seed chooses. */
    public static TrainingHistorySpec twoYears(long seed, LocalDate lastDay, ZoneId zone) {
        return ofWeeks(seed, lastDay, zone, 104);
    }

    /** As many weeks as it takes to produce about {@code approximateCount} activities; for load and scale tests. */
    public static TrainingHistorySpec ofActivityCount(long seed, LocalDate lastDay, ZoneId zone, int approximateCount) {
        if (approximateCount < 1) {
            throw new IllegalArgumentException("approximateCount must be positive, was " + approximateCount);
        }
        return ofWeeks(seed, lastDay, zone, Math.max(1, (int) Math.round(approximateCount / ACTIVITIES_PER_WEEK)));
    }

    private static TrainingHistorySpec ofWeeks(long seed, LocalDate lastDay, ZoneId zone, int weeks) {
        // A separate stream from the generator's so that choosing the fitness does not shift the history itself.
        var random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double start = 36 + random.nextDouble() * 16;
        double gainPerYear = 1 + random.nextDouble() * 3;
        double end = Math.min(75, start + gainPerYear * Math.min(weeks, 156) / 52.0);
        return new TrainingHistorySpec(seed, lastDay, weeks, zone, round1(start), round1(end));
    }

    public LocalDate firstDay() {
        return lastDay.minusWeeks(weeks).plusDays(1);
    }

    /** Fitness on a day, interpolated linearly between the start and end VDOT. */
    public double vdotOn(LocalDate day) {
        long totalDays = weeks * 7L - 1;
        long elapsed = day.toEpochDay() - firstDay().toEpochDay();
        double progress = totalDays == 0 ? 1 : Math.clamp((double) elapsed / totalDays, 0.0, 1.0);
        return startVdot + (endVdot - startVdot) * progress;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
