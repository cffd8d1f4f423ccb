package app.runaway.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * A filtered, sorted page of one athlete's activities. Time bounds are either instants (UTC) or athlete-local
 * wall-clock times (a date given as `2024-05-01` means that day where the athlete was); null means unbounded.
 * {@code sportTypes} null means every sport.
 */
public record ActivityQuery(
        Set<String> sportTypes,
        Instant after,
        Instant before,
        LocalDateTime afterLocal,
        LocalDateTime beforeLocal,
        Double minDistanceM,
        Double maxDistanceM,
        ActivitySort sort,
        PageCursor cursor,
        int limit) {
}
