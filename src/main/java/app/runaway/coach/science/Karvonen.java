package app.runaway.coach.science;

/**
 * Karvonen's heart-rate reserve method (Karvonen 1957): target = HRrest + p (HRmax - HRrest).
 */
public record Karvonen(int maxBpm, int restingBpm) {

    public Karvonen {
        if (restingBpm <= 0 || maxBpm <= restingBpm) {
            throw new IllegalArgumentException("Karvonen needs 0 < resting < max heart rate");
        }
    }

    public int targetBpm(double shareOfReserve) {
        return (int) Math.round(restingBpm + shareOfReserve * (maxBpm - restingBpm));
    }

    public double shareOfReserve(double bpm) {
        return (bpm - restingBpm) / (double) (maxBpm - restingBpm);
    }
}
