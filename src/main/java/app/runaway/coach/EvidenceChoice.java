package app.runaway.coach;

import java.util.Locale;
import java.util.Optional;

/**
 * What the athlete said about an activity as evidence of fitness: nothing (the coach's checks decide), include it
 * whatever the checks say (a real breakthrough they flag), or exclude it (a run the athlete knows is wrong).
 */
public enum EvidenceChoice {
    AUTO, INCLUDE, EXCLUDE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EvidenceChoice> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (var choice : values()) {
            if (choice.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
