package app.runaway.demo;

import java.util.NavigableMap;

/**
 * How hard a week is: its volume relative to the athlete's norm and how many quality sessions it holds. Follows
 * the running-science reference: a down week every fourth week, a taper that cuts volume 40-60 % but keeps
 * frequency (Bosquet 2007), easy weeks after a long race or an injury break.
 */
record WeekShape(double volumeFactor, int workouts, boolean marathonBuild, Race race) {

    // Three weeks building about 5 % a week (a soft "10 % rule"), then a down week.
    private static final double[] BLOCK = {1.0, 1.05, 1.10, 0.72};

    static WeekShape of(int week, NavigableMap<Integer, Race> racesByWeek, boolean afterBreak) {
        var thisWeek = racesByWeek.get(week);
        var nextEntry = racesByWeek.higherEntry(week);
        var previousEntry = racesByWeek.lowerEntry(week);
        var next = nextEntry == null ? null : nextEntry.getValue();
        int weeksToNext = nextEntry == null ? Integer.MAX_VALUE : nextEntry.getKey() - week;
        var previous = previousEntry == null ? null : previousEntry.getValue();
        int weeksSincePrevious = previousEntry == null ? Integer.MAX_VALUE : week - previousEntry.getKey();
        if (thisWeek != null) {
            return new WeekShape(switch (thisWeek.distance()) {
                case MARATHON -> 0.5;
                case HALF_MARATHON -> 0.6;
                default -> 0.8;
            }, 1, false, thisWeek);
        }
        if (next != null && weeksToNext <= next.distance().taperWeeks()) {
            return new WeekShape(weeksToNext == 1 && next.distance() == RaceDistance.MARATHON ? 0.65 : 0.8, 2, false,
                    null);
        }
        if (afterBreak || (previous != null && previous.distance().isLong() && weeksSincePrevious == 1)) {
            return new WeekShape(0.6, 0, false, null);
        }
        boolean marathonBuild = next != null && next.distance() == RaceDistance.MARATHON && weeksToNext <= 14;
        int inBlock = week % BLOCK.length;
        double factor = BLOCK[inBlock] * (marathonBuild ? 1.12 : 1.0);
        return new WeekShape(factor, inBlock == 3 ? 1 : 2, marathonBuild, null);
    }

    boolean isDownWeek() {
        return volumeFactor < 0.75 && race == null;
    }
}
