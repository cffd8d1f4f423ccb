package app.runaway.activity;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sports measured by pace rather than speed. They also form one family when matching the same activity from
 * two sources: a run recorded by the watch and the same run on Strava.
 */
public final class FootSports {
    private static final Set<String> SPORT_TYPES = Set.of("Run", "TrailRun", "VirtualRun", "Walk", "Hike");
    /** The runs among them: road, trail and treadmill count alike toward "a run". */
    public static final Set<String> RUNS = Set.of("Run", "TrailRun", "VirtualRun");

    private FootSports() {
    }

    public static boolean includes(String sportType) {
        return SPORT_TYPES.contains(sportType);
    }

    /** SQL that is true when the column holds a foot sport. */
    static String sql(String column) {
        return "(" + column + " IN (" + SPORT_TYPES.stream().sorted().map(s -> "'" + s + "'")
                .collect(Collectors.joining(", ")) + "))";
    }
}
