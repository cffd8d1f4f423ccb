package app.runaway.activity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the next page starts: the last row's sort value and id, opaque to clients. Keyset pagination stays exact
 * while new activities arrive, unlike an offset.
 */
public record PageCursor(ActivitySort sort, String value, long id) {

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
            return sort.map(s -> new PageCursor(s, parts[1], Long.parseLong(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
