package app.runaway.coach.performance;

import app.runaway.coach.AthleteSnapshot;
import app.runaway.coach.RunSample;
import app.runaway.coach.heartrate.HeartRateProfile;
import app.runaway.coach.heartrate.HeartRateZones;
import app.runaway.coach.load.FitnessFatigue;
import app.runaway.coach.load.SessionLoadEstimator;
import app.runaway.coach.science.TrainingPaces;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Runs the whole science core over an athlete's history: plain inputs in, one {@link PerformanceAnalysis} out.
 * Activities after {@code asOf} are ignored. Hand in more history than the window (months) so that weekly averages
 * and fitness (CTL) have settled; the window decides trends, paces by type, best efforts and the VDOT.
 */
public final class PerformanceAnalyzer {

    private PerformanceAnalyzer() {
    }

    public static PerformanceAnalysis analyze(Collection<RunSample> history, AthleteSnapshot athlete, LocalDate asOf,
                                              int timeframeDays) {
        if (timeframeDays < 1) {
            throw new IllegalArgumentException("the window must cover at least one day");
        }
        var from = asOf.minusDays(timeframeDays - 1L);
        List<RunSample> upToAsOf = history.stream().filter(a -> !a.localDate().isAfter(asOf)).toList();
        List<RunSample> window = upToAsOf.stream().filter(a -> !a.localDate().isBefore(from)).toList();
        var classifier = RunTypeClassifier.calibratedOn(window);

        var volume = WeeklyVolume.of(upToAsOf, asOf);
        var bestVdot = VdotEvidence.bestAmong(window, classifier);
        var heartRate = HeartRateProfile.of(athlete, upToAsOf, asOf);
        var loads = SessionLoadEstimator.forAthlete(athlete, heartRate, bestVdot.map(VdotEvidence::vdot), upToAsOf)
                .loadsOf(upToAsOf);

        return new PerformanceAnalysis(asOf, from, volume,
                ConsistencyScore.of(volume),
                TrainingTrends.weeklyDistance(volume, from),
                TrainingTrends.easyPace(window, classifier, from, asOf),
                AveragePace.byRunType(window, classifier),
                BestEffort.among(window),
                bestVdot,
                bestVdot.map(evidence -> TrainingPaces.forVdot(evidence.vdot())),
                heartRate,
                heartRate.map(HeartRateZones::of),
                FitnessFatigue.on(asOf, loads));
    }
}
