package app.runaway.demo;

/**
 * A stretch of a run at one steady effort: a warm-up, a rep, a jog recovery.
 *
 * @param vdotShare      the share of VDOT the pace costs (Daniels: easy 0.59-0.74, threshold about 0.88)
 * @param heartRateShare the share of maximum heart rate it settles at
 */
record Stretch(double metres, double speedMps, double vdotShare, double heartRateShare) {

    static Stretch steady(double metres, double vdot, double vdotShare) {
        return new Stretch(metres, DanielsVdot.speedAt(vdot, vdotShare), vdotShare, DanielsVdot.heartRateShare(vdotShare));
    }

    double seconds() {
        return metres / speedMps;
    }
}
