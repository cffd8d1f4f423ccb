package app.runaway.activity;

import app.runaway.platform.InvalidInputException;
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

    /** The athlete's say as a request states it (JSON or a form): a code, else a 400 naming the field. */
    public static ActivityEvidence fromRequest(Object value) {
        return (value instanceof String code ? fromCode(code) : Optional.<ActivityEvidence>empty())
                .orElseThrow(() -> new InvalidInputException("evidence", "must be 'include', 'exclude' or 'auto'"));
    }

    /** The stored value: none for {@code auto}. */
    String column() {
        return this == AUTO ? null : code();
    }

    static ActivityEvidence fromColumn(String value) {
        return value == null ? AUTO : fromCode(value).orElse(AUTO);
    }
}
