package app.runaway.activity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The athlete's say on an activity as evidence of fitness: left to the coach's checks ({@code auto}), kept whatever
 * they find ({@code include}: a real breakthrough they doubt), or left out ({@code exclude}: a run the athlete knows
 * is wrong). Volume counts every activity whatever this says.
 */
public enum ActivityEvidence {
    AUTO, INCLUDE, EXCLUDE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ActivityEvidence> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }

    /** The stored value: none for {@code auto}. */
    String column() {
        return this == AUTO ? null : code();
    }

    static ActivityEvidence fromColumn(String value) {
        return value == null ? AUTO : fromCode(value).orElse(AUTO);
    }
}
