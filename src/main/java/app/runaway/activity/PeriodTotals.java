package app.runaway.activity;

import java.time.LocalDate;
import java.util.Map;

/** Totals of one calendar period, overall and per sport type. */
public record PeriodTotals(LocalDate start, LocalDate end, Totals total, Map<String, Totals> bySportType) {

    /** Count, metres, seconds and metres climbed. */
    public record Totals(int count, double distanceM, long movingTimeS, double elevationGainM) {
        public static final Totals ZERO = new Totals(0, 0, 0, 0);

        public Totals plus(Totals other) {
            return new Totals(count + other.count, distanceM + other.distanceM, movingTimeS + other.movingTimeS,
                    elevationGainM + other.elevationGainM);
        }
    }
}
