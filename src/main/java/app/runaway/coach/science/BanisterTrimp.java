package app.runaway.coach.science;

/**
 * Banister's training impulse (Banister 1991): TRIMP = minutes x dHR x A x e^(B x dHR), where
 * dHR = (HR - HRrest) / (HRmax - HRrest) is the share of heart-rate reserve.
 */
public record BanisterTrimp(double a, double b) {
    // Banister's weighting coefficients: men A = 0.64, B = 1.92; women A = 0.86, B = 1.67.
    public static final BanisterTrimp MEN = new BanisterTrimp(0.64, 1.92);
    public static final BanisterTrimp WOMEN = new BanisterTrimp(0.86, 1.67);

    /** Women's coefficients for "F"; otherwise the men's, which are Banister's original ones. */
    public static BanisterTrimp forSex(String sex) {
        return "F".equalsIgnoreCase(sex) ? WOMEN : MEN;
    }

    /** TRIMP of a session at one average heart rate; the reserve share is clipped to 0-1. */
    public double of(double minutes, double averageBpm, double restingBpm, double maxBpm) {
        if (!(maxBpm > restingBpm) || !(minutes > 0)) {
            return 0;
        }
        return ofReserveShare(minutes, (averageBpm - restingBpm) / (maxBpm - restingBpm));
    }

    /** TRIMP for a known share of heart-rate reserve (used by the pace-based estimate too). */
    public double ofReserveShare(double minutes, double reserveShare) {
        var dHr = Math.clamp(reserveShare, 0.0, 1.0);
        return Math.max(0, minutes) * dHr * a * Math.exp(b * dHr);
    }
}
