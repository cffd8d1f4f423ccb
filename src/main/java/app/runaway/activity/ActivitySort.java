package app.runaway.activity;

import java.util.Arrays;
import java.util.Optional;

/** The orders an activity list can take; each has a keyset (the column, then the id) for cursor pagination. */
public enum ActivitySort {
    NEWEST("-start_date", "start_date", true),
    OLDEST("start_date", "start_date", false),
    LONGEST("-distance_m", "distance_m", true),
    SHORTEST("distance_m", "distance_m", false),
    LONGEST_TIME("-moving_time_s", "moving_time_s", true),
    SHORTEST_TIME("moving_time_s", "moving_time_s", false);

    private final String code;
    private final String column;
    private final boolean descending;

    ActivitySort(String code, String column, boolean descending) {
        this.code = code;
        this.column = column;
        this.descending = descending;
    }

    public String code() {
        return code;
    }

    String column() {
        return column;
    }

    boolean descending() {
        return descending;
    }

    public static Optional<ActivitySort> fromCode(String code) {
        return Arrays.stream(values()).filter(sort -> sort.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(ActivitySort::code).toList());
    }
}
