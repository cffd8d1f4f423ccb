package app.runaway.coach;

import app.runaway.coach.heartrate.HeartRateProfile;
import app.runaway.coach.heartrate.HeartRateZones;
import app.runaway.coach.load.FitnessFatigue;
import app.runaway.coach.load.SessionLoadEstimator;
import app.runaway.coach.performance.PaceTrend;
import app.runaway.coach.performance.RunTypeClassifier;
import app.runaway.coach.performance.TrainingTrends;
import app.runaway.coach.performance.VdotEvidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How training went over a span of days, as lines and bars rather than today's figures: fitness, fatigue and form
 * every day, the pace of easy runs at comparable heart rate, and the time spent in each heart-rate zone. Each comes
 * from the same computation as the coach's analysis, so a line's last point is the analysis's figure for that day.
 *
 * @param load                  CTL, ATL and TSB every day of the span (TSB is yesterday's CTL - ATL)
 * @param comparablePace        the easy runs whose pace the coach's pace trend is fitted through (at comparable
 *                              heart rate when there are enough of them, else all easy runs), oldest first
 * @param atComparableHeartRate whether {@code comparablePace} holds only runs at comparable heart rate
 * @param timeInZones           the athlete's heart-rate zones (Karvonen) with the moving time of the span's runs in
 *                              each, a run counted in the zone of its average heart rate (second-by-second heart
 *                              rate is not kept); empty when no maximum heart rate is known
 */
public record TrainingHistory(LocalDate from, LocalDate asOf, List<LoadDay> load, List<RunSample> comparablePace,
                              boolean atComparableHeartRate, List<ZoneTime> timeInZones) {

    /** The window of a default analysis, whose VDOT scales the pace-estimated loads. */
    static final int ANALYSIS_WINDOW_DAYS = 90;

    public record LoadDay(LocalDate date, double ctl, double atl, double tsb) {
    }

    public record ZoneTime(int zone, String name, int minBpm, int maxBpm, long movingTimeS, int runs) {
    }

    /**
     * @param history the athlete's activities up to {@code asOf}, from months before {@code from} so that fitness
     *                has settled
     */
    public static TrainingHistory of(Collection<RunSample> history, AthleteSnapshot athlete, LocalDate from,
                                     LocalDate asOf) {
        List<RunSample> upToAsOf = history.stream().filter(a -> !a.localDate().isAfter(asOf)).toList();
        // the inputs of PerformanceAnalyzer for a default analysis on asOf, so that the last day is today's figure
        var analysisFrom = asOf.minusDays(ANALYSIS_WINDOW_DAYS - 1L);
        var analysisWindow = upToAsOf.stream().filter(a -> !a.localDate().isBefore(analysisFrom)).toList();
        var heartRate = HeartRateProfile.of(athlete, upToAsOf, asOf);
        var vdot = VdotEvidence.bestAmong(analysisWindow, RunTypeClassifier.calibratedOn(analysisWindow))
                .map(VdotEvidence::vdot);
        var loads = SessionLoadEstimator.forAthlete(athlete, heartRate, vdot, upToAsOf).loadsOf(upToAsOf);
        var load = FitnessFatigue.daily(from, asOf, loads).stream()
                .map(d -> new LoadDay(d.date(), d.ctl(), d.atl(), d.tsb())).toList();

        var span = upToAsOf.stream().filter(a -> !a.localDate().isBefore(from)).toList();
        var paced = TrainingTrends.comparableEffortRuns(span, RunTypeClassifier.calibratedOn(span), from, asOf);
        var zones = heartRate.map(profile -> timeInZones(span, HeartRateZones.of(profile))).orElse(List.of());
        return new TrainingHistory(from, asOf, load, paced.runs(),
                paced.basis() == PaceTrend.Basis.EASY_RUNS_AT_COMPARABLE_HEART_RATE, zones);
    }

    private static List<ZoneTime> timeInZones(List<RunSample> runs, HeartRateZones zones) {
        var bands = zones.zones();
        var seconds = new long[bands.size()];
        var counts = new int[bands.size()];
        for (var run : runs) {
            if (!run.isRun() || !run.hasAverageHeartrate() || run.movingTimeS() <= 0) {
                continue;
            }
            // below zone 1 counts in zone 1, above zone 5 in zone 5: every run with heart rate is somewhere
            var index = 0;
            while (index < bands.size() - 1 && run.averageHeartrate() >= bands.get(index).highBpm()) {
                index++;
            }
            seconds[index] += run.movingTimeS();
            counts[index]++;
        }
        var times = new ArrayList<ZoneTime>();
        for (var i = 0; i < bands.size(); i++) {
            var band = bands.get(i);
            times.add(new ZoneTime(band.number(), band.name(), band.lowBpm(), band.highBpm(), seconds[i], counts[i]));
        }
        return times;
    }
}
