package app.runaway.coach.load;

import java.util.OptionalDouble;

/**
 * Fitness, fatigue and form on a day, with the acute:chronic ratio.
 *
 * @param ctl               chronic training load ("fitness"), 42-day exponentially weighted daily load
 * @param atl               acute training load ("fatigue"), 7-day exponentially weighted daily load
 * @param tsb               training stress balance ("form"): yesterday's CTL - yesterday's ATL
 * @param acwr              mean daily load of the last 7 days / that of the last 28; empty when the 28 days are empty
 * @param acuteDailyLoad    mean daily load of the last 7 days
 * @param chronicDailyLoad  mean daily load of the last 28 days
 * @param method            TRIMP when at least half of the sessions of the last 42 days (or, when none fall there, of
 *                          all sessions) had heart rate, else PACE_ESTIMATE; NONE without sessions
 * @param heartRateSessions sessions counted for the method with a measured TRIMP
 * @param estimatedSessions sessions counted for the method with a pace-based estimate
 */
public record TrainingLoadStatus(double ctl, double atl, double tsb, OptionalDouble acwr, double acuteDailyLoad,
                                 double chronicDailyLoad, LoadMethod method, int heartRateSessions,
                                 int estimatedSessions) {

    /** Impellizzeri et al. 2020: the ratio is mathematically coupled and does not predict injury. */
    public static final String ACWR_CAVEAT = "The acute:chronic ratio is a caution signal, not an injury prediction: "
            + "0.8-1.3 is the commonly quoted range, but the metric is disputed (Impellizzeri et al. 2020).";

    public static TrainingLoadStatus none() {
        return new TrainingLoadStatus(0, 0, 0, OptionalDouble.empty(), 0, 0, LoadMethod.NONE, 0, 0);
    }
}
