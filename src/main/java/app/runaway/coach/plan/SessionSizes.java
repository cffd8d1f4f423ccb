package app.runaway.coach.plan;

import app.runaway.coach.RaceGoal;

/**
 * How long each kind of session is for a week of a given volume, from the running-science reference: a long run of
 * about 30 % of the week (more when the athlete runs on fewer days, so that it stays the week's longest run), never
 * cut below the athlete's current long run by more than a down week cuts it, and grown toward what the goal race needs
 * by at most about 10 % a week; threshold work about 10 % of the week (Daniels: at most 10 % per session), interval
 * work about 8 % and never more than 10 km; easy runs between 3 km and 16 km (more volume means more days, then
 * doubles).
 */
final class SessionSizes {
    static final double LONG_RUN_SHARE = 0.30;
    /** With few run days the long run must carry more of the week: 1.25 times an even share. */
    static final double LONG_OVER_EVEN_SHARE = 1.25;
    static final double LONG_RUN_GROWTH = 1.10;
    static final double LONG_RUN_GROWTH_LEAST_M = 1_500;
    /** Growth beyond the current long run stops at half the week. */
    static final double LONG_RUN_MOST_SHARE = 0.5;
    /** About three and a half hours for most runners: nobody is planned longer than that unless they already run it. */
    static final double LONGEST_PLANNED_M = 35_000;
    static final double DOWN_WEEK_LONG = 0.75;
    static final double THRESHOLD_SHARE = 0.10;
    static final double THRESHOLD_LEAST_M = 3_000;
    static final double INTERVAL_SHARE = 0.08;
    static final double INTERVAL_LEAST_M = 3_200;
    static final double INTERVAL_MOST_M = 10_000;
    static final double WARM_UP_AND_DOWN_M = 3_000;
    /** A week needs this much for one quality session, and this much more for two. */
    static final double ONE_QUALITY_WEEK_M = 20_000;
    static final double TWO_QUALITY_WEEK_M = 40_000;

    private SessionSizes() {
    }

    /** The long run's share of the week for this many run days: 30 %, or more with few days. */
    static double longShare(int runDays) {
        return Math.max(LONG_RUN_SHARE, LONG_OVER_EVEN_SHARE / (Math.max(1, runDays) + 0.25));
    }

    /** The long run of a week of this kind and volume, or 0 for a week without one. */
    static double longRun(WeekKind kind, double weekM, int runDays, double currentLongM, RaceGoal goal) {
        var share = longShare(runDays) * weekM;
        var need = goalNeed(goal);
        var target = need > 0 ? Math.max(share, need) : share;
        // without a current long run to grow from, the week's share (the goal does not push a first long run)
        var grown = currentLongM > 0
                ? Math.min(target, Math.max(currentLongM * LONG_RUN_GROWTH, currentLongM + LONG_RUN_GROWTH_LEAST_M))
                : share;
        grown = Math.min(grown, Math.max(currentLongM, LONG_RUN_MOST_SHARE * weekM));
        var build = Math.min(Math.max(currentLongM, grown), Math.max(currentLongM, LONGEST_PLANNED_M));
        return switch (kind) {
            case BUILD -> build;
            case DOWN -> Math.min(build, Math.max(DOWN_WEEK_LONG * currentLongM, share));
            case TAPER -> Math.min(build, Math.max(share, 0.6 * currentLongM));
            case RACE, RETURN, REST -> 0;
        };
    }

    /** The longest run the goal race asks for in training: about 32 km for a marathon, the distance up to the half. */
    static double goalNeed(RaceGoal goal) {
        if (goal == null) {
            return 0;
        }
        var race = goal.distanceM();
        return race >= 40_000 ? 32_000 : race >= 20_000 ? 20_000 : race >= 10_000 ? 15_000 : 12_000;
    }

    /** How many quality sessions the week's volume and run days allow, within what its kind allows. */
    static int qualitySessions(WeekKind kind, double weekM, int runDays) {
        var volume = weekM >= TWO_QUALITY_WEEK_M && runDays >= 4 ? 2
                : weekM >= ONE_QUALITY_WEEK_M && runDays >= 3 ? 1 : 0;
        return Math.min(volume, kind.mostQualitySessions());
    }

    /** Threshold work (the warm-up and cool-down excluded): about 10 % of the week, at least 3 km. */
    static double thresholdWork(double weekM) {
        return Math.max(THRESHOLD_LEAST_M, THRESHOLD_SHARE * weekM);
    }

    /** Interval work: about 8 % of the week, at least 4 x 800 m, at most 10 km. */
    static double intervalWork(double weekM) {
        return Math.clamp(INTERVAL_SHARE * weekM, INTERVAL_LEAST_M, INTERVAL_MOST_M);
    }
}
