package app.runaway.strava;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a sync asks Strava for. */
enum SyncMode {
    /** Every activity, newest first, 200 a page. */
    FULL,
    /** Only what is newer than the newest activity Strava's API already gave ({@code after}), oldest first. */
    INCREMENTAL,
    /** The 20 most recent activities, one page (the seed client's "sync beta"). */
    RECENT;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<SyncMode> fromCode(String code) {
        return Arrays.stream(values()).filter(mode -> mode.code().equals(code)).findFirst();
    }
}
