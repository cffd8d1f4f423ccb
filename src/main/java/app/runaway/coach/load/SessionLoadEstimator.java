package app.runaway.coach.load;

import app.runaway.coach.AthleteSnapshot;
import app.runaway.coach.RunSample;
import app.runaway.coach.heartrate.HeartRateProfile;
import app.runaway.coach.science.BanisterTrimp;
import app.runaway.coach.science.DanielsGilbert;
import app.runaway.coach.science.DanielsHeartRate;
import app.runaway.coach.science.Vdot;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Training load per session. With an average heart rate: Banister TRIMP. Without one (runs only): the same Banister
 * formula fed with an estimated heart rate, so an estimated easy hour weighs about what a measured one does:
 * <ol>
 *   <li>the run's oxygen cost at its average pace (Daniels &amp; Gilbert) as a share of the athlete's VDOT;</li>
 *   <li>heart rate as a share of HRmax for that share of VDOT (regression on Daniels' table);</li>
 *   <li>that heart rate as a share of heart-rate reserve, then Banister's weighting over the moving minutes.</li>
 * </ol>
 * The athlete's VDOT is the reference; without one, the athlete's median run pace is taken as easy running at the
 * middle of Daniels' easy band (66.5 % of VDOT). Missing max/resting heart rates take typical adult values.
 * Activities that are not runs and have no heart rate carry no load (pace says nothing about a ride's effort).
 */
public final class SessionLoadEstimator {
    // Middle of Daniels' easy band (59-74 % of VDOT): where a typical, unlabelled run is assumed to sit.
    static final double TYPICAL_RUN_SHARE_OF_VDOT = (0.59 + 0.74) / 2;
    // Bounds of the share of VDOT used for estimates: slower than half of VDOT is still some work, and no run
    // without heart rate is credited beyond VO2max.
    static final double LOWEST_SHARE = 0.50;
    static final double HIGHEST_SHARE = 1.00;
    // Typical adult maximum when neither the profile nor the data gives one (220 - age at 30).
    static final int TYPICAL_MAX_BPM = 190;
    static final int TYPICAL_RESTING_BPM = 60;

    private final BanisterTrimp banister;
    private final Optional<HeartRateProfile> heartRate;
    private final Optional<Double> referenceVdot;

    private SessionLoadEstimator(BanisterTrimp banister, Optional<HeartRateProfile> heartRate,
                                 Optional<Double> referenceVdot) {
        this.banister = banister;
        this.heartRate = heartRate;
        this.referenceVdot = referenceVdot;
    }

    public static SessionLoadEstimator forAthlete(AthleteSnapshot athlete, Optional<HeartRateProfile> heartRate,
                                                  Optional<Vdot> vdot, Collection<RunSample> history) {
        var reference = vdot.map(Vdot::value).or(() -> typicalRunVdot(history));
        return new SessionLoadEstimator(BanisterTrimp.forSex(athlete.sex()), heartRate, reference);
    }

    public List<SessionLoad> loadsOf(Collection<RunSample> activities) {
        return activities.stream().map(this::loadOf).flatMap(Optional::stream).toList();
    }

    public Optional<SessionLoad> loadOf(RunSample activity) {
        if (activity.movingTimeS() <= 0) {
            return Optional.empty();
        }
        if (activity.hasAverageHeartrate() && heartRate.isPresent()) {
            var profile = heartRate.get();
            var trimp = banister.of(activity.movingMinutes(), activity.averageHeartrate(), profile.restingBpm(),
                    profile.maxBpm());
            return Optional.of(new SessionLoad(activity.activityId(), activity.localDate(), trimp, LoadMethod.TRIMP));
        }
        if (!activity.isRun() || activity.distanceM() <= 0 || referenceVdot.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SessionLoad(activity.activityId(), activity.localDate(), paceEstimate(activity),
                LoadMethod.PACE_ESTIMATE));
    }

    private double paceEstimate(RunSample run) {
        var metresPerMinute = run.distanceM() / run.movingMinutes();
        var shareOfVdot = Math.clamp(DanielsGilbert.oxygenCost(metresPerMinute) / referenceVdot.orElseThrow(),
                LOWEST_SHARE, HIGHEST_SHARE);
        var max = heartRate.map(HeartRateProfile::maxBpm).orElse(TYPICAL_MAX_BPM);
        var resting = heartRate.map(HeartRateProfile::restingBpm).orElse(TYPICAL_RESTING_BPM);
        var estimatedBpm = DanielsHeartRate.shareOfMax(shareOfVdot) * max;
        return banister.ofReserveShare(run.movingMinutes(), (estimatedBpm - resting) / (max - resting));
    }

    private static Optional<Double> typicalRunVdot(Collection<RunSample> history) {
        var velocities = history.stream()
                .filter(RunSample::isRun)
                .filter(run -> run.distanceM() > 0 && run.movingTimeS() > 0)
                .mapToDouble(run -> run.distanceM() / run.movingMinutes())
                .sorted().toArray();
        if (velocities.length == 0) {
            return Optional.empty();
        }
        var median = velocities.length % 2 == 1 ? velocities[velocities.length / 2]
                : (velocities[velocities.length / 2 - 1] + velocities[velocities.length / 2]) / 2;
        var cost = DanielsGilbert.oxygenCost(median);
        return cost > 0 ? Optional.of(cost / TYPICAL_RUN_SHARE_OF_VDOT) : Optional.empty();
    }
}
