package app.runaway.bench;

import java.util.List;

/** The few statistics the benchmarks print, in one place. */
public final class Measurements {
    private Measurements() {
    }

    /** Milliseconds a call takes. */
    public static double time(Runnable call) {
        var start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The nearest-rank percentile (50 is the median, 100 the largest). */
    public static double percentile(List<Double> values, int percent) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1))];
    }

    public static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    public static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }
}
