package app.runaway.support;

import app.runaway.support.ExportTruth.Row;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The coach's rule for credible evidence of fitness (README, "How evidence is chosen"), written again here from the
 * README alone, over an export's CSV rows, so that tests of records and VDOT do not trust the code they check. Plain
 * loops, no shortcuts: the runs a rule is judged against are found again for every run.
 */
public final class CredibleRuns {
    private static final Pattern SEVERAL = Pattern.compile("\\d+\\s*[x×]\\s*\\d|\\d\\s*\\+\\s*\\d",
            Pattern.CASE_INSENSITIVE);

    private CredibleRuns() {
    }

    /** The ids of the runs among these rows that the rule leaves out of the evidence. */
    public static Set<Long> suspects(List<Row> rows) {
        var runs = new ArrayList<Row>();
        for (var row : rows) {
            if (row.isRun() && row.metres() > 0 && row.movingS() > 0) {
                runs.add(row);
            }
        }
        var out = new HashSet<Long>();
        // 1. on its own figures
        for (var run : runs) {
            var speed = run.metres() / run.movingS();
            var impossible = speed > 10.5 || (run.metres() >= 1500 && vdot(run) > 86);
            var paused = run.elapsedS() > run.movingS() && run.movingS() < 0.6 * run.elapsedS();
            var overTop = run.maxSpeedMps() != null && run.maxSpeedMps() > 0 && speed > 1.10 * run.maxSpeedMps();
            if (impossible || paused || overTop) {
                out.add(run.id());
            }
        }
        // 2. a hard-looking run on its structure, hard against the median pace of its week and 52 weeks either side
        var structural = new HashSet<Long>();
        for (var run : runs) {
            if (out.contains(run.id())) {
                continue;
            }
            var paces = new ArrayList<Double>();
            for (var other : runs) {
                if (!out.contains(other.id()) && sameYear(run.day(), other.day())) {
                    paces.add(other.movingS() / (other.metres() / 1000));
                }
            }
            if (paces.size() < 5) {
                continue;
            }
            var pace = run.movingS() / (run.metres() / 1000);
            if (pace > 0.92 * median(paces)) {
                continue;
            }
            var broken = run.elapsedS() > 0 && run.movingS() < 0.8 * run.elapsedS();
            var several = SEVERAL.matcher(run.name()).find()
                    || (run.description() != null && SEVERAL.matcher(run.description()).find());
            if (broken || several) {
                structural.add(run.id());
            }
        }
        out.addAll(structural);
        // 3. pace against the athlete's own efforts of the year around it
        var outliers = new HashSet<Long>();
        for (var run : runs) {
            if (out.contains(run.id()) || run.metres() < 1500) {
                continue;
            }
            var others = new ArrayList<Row>();
            for (var other : runs) {
                if (other.id() != run.id() && !out.contains(other.id()) && other.metres() >= 1500
                        && sameYear(run.day(), other.day())) {
                    others.add(other);
                }
            }
            if (others.size() < 5 || run.race()) {
                continue;
            }
            var vdots = new ArrayList<Double>();
            var heartRates = new ArrayList<Double>();
            for (var other : others) {
                vdots.add(vdot(other));
                if (other.heartrate() != null && other.heartrate() > 0) {
                    heartRates.add(other.heartrate());
                }
            }
            vdots.sort(null);
            heartRates.sort(null);
            var secondBest = vdots.get(vdots.size() - 2);
            var v = vdot(run);
            var hr = run.heartrate() != null && run.heartrate() > 0 && heartRates.size() >= 10 ? run.heartrate() : null;
            if (hr != null && hr >= heartRates.get((int) Math.floor(0.9 * (heartRates.size() - 1)))) {
                continue;
            }
            var speed = run.metres() / run.movingS();
            var faultSign = (run.maxSpeedMps() != null && run.maxSpeedMps() > 9)
                    || (hr != null && hr <= median(heartRates))
                    || (!run.type().equals("Virtual Run") && run.maxSpeedMps() != null && run.maxSpeedMps() > 0
                    && speed >= 0.97 * run.maxSpeedMps());
            if ((v > secondBest + 5 && v > median(vdots) / 0.6) || (v > secondBest + 2 && faultSign)) {
                outliers.add(run.id());
            }
        }
        out.addAll(outliers);
        return out;
    }

    /** Daniels and Gilbert's VDOT of a run's distance and moving time, written out once more. */
    public static double vdot(Row run) {
        var minutes = run.movingS() / 60.0;
        var v = run.metres() / minutes;
        return (-4.60 + 0.182258 * v + 0.000104 * v * v)
                / (0.8 + 0.1894393 * Math.exp(-0.012778 * minutes) + 0.2989558 * Math.exp(-0.1932605 * minutes));
    }

    private static boolean sameYear(LocalDate day, LocalDate other) {
        var weeks = ChronoUnit.WEEKS.between(monday(day), monday(other));
        return Math.abs(weeks) <= 52;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        var middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
