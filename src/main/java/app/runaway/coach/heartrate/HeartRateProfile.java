package app.runaway.coach.heartrate;

import app.runaway.coach.AthleteSnapshot;
import app.runaway.coach.RunSample;
import app.runaway.coach.science.Karvonen;
import app.runaway.coach.science.Vdot;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The athlete's maximum and resting heart rate, each with where it came from.
 *
 * @param maxMethod how an estimated maximum was estimated, in words; null when it was not estimated
 */
public record HeartRateProfile(int maxBpm, HeartRateSource maxSource, int restingBpm, HeartRateSource restingSource,
                               String maxMethod) {

    // A typical adult resting heart rate, used for heart-rate reserve when the athlete has not entered theirs.
    static final int TYPICAL_RESTING_BPM = 60;
    // Recorded maxima above this are taken for strap or optical-sensor spikes, not the athlete's heart.
    static final int HIGHEST_PLAUSIBLE_BPM = 230;
    // The lowest recorded maximum believed to be near the athlete's true maximum; lower ones are easy runs only.
    static final int LOWEST_CREDIBLE_MAX_BPM = 140;

    public HeartRateProfile {
        if (restingBpm <= 0 || maxBpm <= restingBpm) {
            throw new IllegalArgumentException("a heart-rate profile needs 0 < resting < max");
        }
    }

    public HeartRateProfile(int maxBpm, HeartRateSource maxSource, int restingBpm, HeartRateSource restingSource) {
        this(maxBpm, maxSource, restingBpm, restingSource, null);
    }

    /**
     * Maximum heart rate from the profile, else the highest plausible maximum recorded in runs up to the day, else
     * 220 - age; empty when none is known. Resting heart rate from the profile, else a typical 60 bpm.
     */
    public static Optional<HeartRateProfile> of(AthleteSnapshot athlete, Collection<RunSample> history, LocalDate asOf) {
        return of(athlete, history, asOf, Optional.empty());
    }

    /**
     * As {@link #of(AthleteSnapshot, Collection, LocalDate)}, with one more source before 220 - age: when runs carry
     * an average heart rate but no maximum, the maximum estimated from the hard ones and the VDOT ({@link
     * MaximumFromRuns}).
     */
    public static Optional<HeartRateProfile> of(AthleteSnapshot athlete, Collection<RunSample> history, LocalDate asOf,
                                                Optional<Vdot> vdot) {
        var resting = athlete.restingHeartrate() != null && athlete.restingHeartrate() > 0
                ? athlete.restingHeartrate() : null;
        var restingSource = resting != null ? HeartRateSource.PROFILE : HeartRateSource.TYPICAL;
        var restingBpm = resting != null ? resting : TYPICAL_RESTING_BPM;
        return maximum(athlete, history, asOf, vdot)
                .filter(max -> max.bpm() > restingBpm)
                .map(max -> new HeartRateProfile(max.bpm(), max.source(), restingBpm, restingSource, max.method()));
    }

    public Karvonen karvonen() {
        return new Karvonen(maxBpm, restingBpm);
    }

    private static Optional<Maximum> maximum(AthleteSnapshot athlete, Collection<RunSample> history, LocalDate asOf,
                                             Optional<Vdot> vdot) {
        if (athlete.maxHeartrate() != null && athlete.maxHeartrate() > 0) {
            return Optional.of(new Maximum(athlete.maxHeartrate(), HeartRateSource.PROFILE, null));
        }
        var observed = highestRecorded(history, asOf);
        if (observed.isPresent()) {
            return Optional.of(new Maximum(observed.getAsInt(), HeartRateSource.OBSERVED, null));
        }
        var estimated = vdot.flatMap(v -> MaximumFromRuns.of(history, asOf, v));
        if (estimated.isPresent()) {
            return Optional.of(new Maximum(estimated.get().bpm(), HeartRateSource.ESTIMATED, estimated.get().method()));
        }
        if (athlete.birthYear() != null && athlete.birthYear() > 1900 && athlete.birthYear() < asOf.getYear()) {
            // Fox et al. 1971: HRmax = 220 - age, only a population average.
            return Optional.of(new Maximum(220 - (asOf.getYear() - athlete.birthYear()), HeartRateSource.AGE_FORMULA,
                    null));
        }
        return Optional.empty();
    }

    private static OptionalInt highestRecorded(Collection<RunSample> history, LocalDate asOf) {
        return history.stream()
                .filter(RunSample::isRun)
                .filter(run -> !run.localDate().isAfter(asOf))
                .filter(run -> run.maxHeartrate() != null)
                .mapToInt(run -> (int) Math.round(run.maxHeartrate()))
                .filter(bpm -> bpm >= LOWEST_CREDIBLE_MAX_BPM && bpm <= HIGHEST_PLAUSIBLE_BPM)
                .max();
    }

    private record Maximum(int bpm, HeartRateSource source, String method) {
    }
}
