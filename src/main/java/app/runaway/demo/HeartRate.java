package app.runaway.demo;

import java.util.random.RandomGenerator;

/** Average and maximum heart rate of one activity, in beats per minute. */
record HeartRate(double average, double max) {

    static HeartRate of(double averageShare, double peakShare, double seconds, boolean isRace, SyntheticRunner athlete,
                        RandomGenerator random) {
        int maxHeartRate = athlete.maxHeartRate();
        // Cardiac drift: at a steady pace heart rate creeps up, roughly 1.5 % of max per hour after the first 45 min.
        double drift = isRace ? 0 : Math.max(0, seconds / 3600 - 0.75) * 0.015;
        double average = Math.min(0.97, averageShare + drift) * maxHeartRate + 2 * random.nextGaussian();
        average = Math.clamp(average, athlete.restingHeartRate() + 40, maxHeartRate - 4);
        double max = isRace
                ? maxHeartRate - random.nextInt(0, 5)
                : Math.min(maxHeartRate, Math.max(average, peakShare * maxHeartRate) + random.nextInt(3, 12));
        return new HeartRate(RunRecorder.round(average, 1), Math.max(Math.ceil(average), Math.round(max)));
    }

    /**
     * Banister TRIMP for men (A = 0.64, B = 1.92) from the running-science reference; a stand-in for Strava's
     * proprietary Relative Effort, which is also a heart-rate-weighted duration.
     */
    static double trimp(double minutes, double heartRateShare, SyntheticRunner athlete) {
        double heartRate = heartRateShare * athlete.maxHeartRate();
        double reserve = Math.clamp((heartRate - athlete.restingHeartRate())
                / (athlete.maxHeartRate() - athlete.restingHeartRate()), 0.0, 1.0);
        return minutes * reserve * 0.64 * StrictMath.exp(1.92 * reserve);
    }
}
