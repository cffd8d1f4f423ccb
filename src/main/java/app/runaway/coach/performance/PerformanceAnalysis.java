package app.runaway.coach.performance;

import app.runaway.coach.evidence.EvidenceReview;
import app.runaway.coach.heartrate.HeartRateProfile;
import app.runaway.coach.heartrate.HeartRateZones;
import app.runaway.coach.load.TrainingLoadStatus;
import app.runaway.coach.science.TrainingPaces;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the science core says about an athlete's training on a day. Nothing here is NaN: what cannot be known
 * is an empty Optional, an empty list or a typed "too few points".
 *
 * @param from            first day of the analysed window (the last {@code timeframeDays} days up to {@code asOf})
 * @param weeklyVolume    over the whole history handed in, so trailing averages are not cut by the window
 * @param distanceTrend   km per week, per week, over the window's past weeks
 * @param paceByRunType   over the window's credible runs
 * @param bestEfforts     over the window's credible runs
 * @param bestVdot        the best race of the window, else its best hard run (credible runs only)
 * @param vdotCandidates  every race and hard run of the window with a VDOT, in the order the VDOT is chosen
 * @param evidence        which runs of the history are credible evidence of fitness, and why the others are not
 * @param lastRun         the athlete's last run up to {@code asOf}, over the whole history handed in
 * @param runningBreak    a break from running that still shapes training (ongoing, or ended within six weeks)
 * @param trainingLoad    over the whole history (CTL needs months to settle)
 */
public record PerformanceAnalysis(LocalDate asOf, LocalDate from, WeeklyVolume weeklyVolume,
                                  Optional<ConsistencyScore> consistency, Trend distanceTrend, PaceTrend paceTrend,
                                  List<AveragePace> paceByRunType, List<BestEffort> bestEfforts,
                                  Optional<VdotEvidence> bestVdot, List<VdotEvidence> vdotCandidates,
                                  Optional<TrainingPaces> trainingPaces, Optional<HeartRateProfile> heartRate,
                                  Optional<HeartRateZones> heartRateZones, TrainingLoadStatus trainingLoad,
                                  EvidenceReview evidence, Optional<LastRun> lastRun,
                                  Optional<RunningBreak> runningBreak) {

    public PerformanceAnalysis {
        paceByRunType = List.copyOf(paceByRunType);
        bestEfforts = List.copyOf(bestEfforts);
        vdotCandidates = List.copyOf(vdotCandidates);
    }
}
