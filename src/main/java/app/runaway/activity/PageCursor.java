package app.runaway.activity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the next page starts: the last row's sort value and id, opaque to clients. Keyset pagination stays exact
 * while new activities arrive, unlike an offset.
 */
public record PageCursor(ActivitySort sort, String value, long id) {

    /** The last row's sort value, typed for the keyset comparison. */
    Object sortValue() {
        return switch (sort) {
            case NEWEST, OLDEST -> java.sql.Timestamp.from(java.time.Instant.parse(value));
            case LONGEST, SHORTEST -> Double.parseDouble(value);
            case LONGEST_TIME, SHORTEST_TIME -> Integer.parseInt(value);
        };
    }

    public String encode() {
        var raw = sort.code() + "|" + value + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<PageCursor> decode(String encoded) {
        try {
            var raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            var parts = raw.split("\\|", -1);
            if (parts.length != 3) {
                return Optional.empty();
            }
            var sort = ActivitySort.fromCode(parts[0]);
            if (sort.isEmpty()) {
                return Optional.empty();
            }
            var cursor = new PageCursor(sort.get(), parts[1], Long.parseLong(parts[2]));
            cursor.sortValue(); // a tampered value is refused here, not by the database
            return Optional.of(cursor);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
