package app.runaway.coach.performance;

import app.runaway.coach.AthleteSnapshot;
import app.runaway.coach.RunSample;
import app.runaway.coach.evidence.EvidenceReview;
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
 * and fitness (CTL) have settled; the window decides trends, paces by type, best efforts and the VDOT. Evidence of
 * fitness (VDOT, best efforts, paces by type, the easy-pace trend) comes from credible runs only ({@link
 * EvidenceReview}, which judges each run against the year around it: hand in a year before the window for a fair
 * verdict on its first weeks); volume and load count every run, since a run with a GPS glitch was still run.
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
        var evidence = EvidenceReview.of(upToAsOf);
        var credible = evidence.credible(window);
        var classifier = RunTypeClassifier.calibratedOn(credible);

        var volume = WeeklyVolume.of(upToAsOf, asOf);
        var vdotCandidates = VdotEvidence.ranked(credible, classifier);
        var bestVdot = vdotCandidates.stream().findFirst();
        var heartRate = HeartRateProfile.of(athlete, evidence.credible(upToAsOf), asOf,
                bestVdot.map(VdotEvidence::vdot));
        var loads = SessionLoadEstimator.forAthlete(athlete, heartRate, bestVdot.map(VdotEvidence::vdot), upToAsOf)
                .loadsOf(upToAsOf);

        return new PerformanceAnalysis(asOf, from, volume,
                ConsistencyScore.of(volume),
                TrainingTrends.weeklyDistance(volume, from),
                TrainingTrends.easyPace(credible, classifier, from, asOf),
                AveragePace.byRunType(credible, classifier),
                BestEffort.among(credible),
                bestVdot,
                vdotCandidates,
                bestVdot.map(best -> TrainingPaces.forVdot(best.vdot())),
                heartRate,
                heartRate.map(HeartRateZones::of),
                FitnessFatigue.on(asOf, loads),
                evidence,
                LastRun.of(upToAsOf, asOf),
                RunningBreak.latest(upToAsOf, asOf));
    }
}
