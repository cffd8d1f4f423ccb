package app.runaway.coach;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What an analysis is asked for; each focus runs only the agents it needs. */
public enum FocusArea {
    ALL, PERFORMANCE, GOAL, PACE, WORKOUT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FocusArea> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of(ALL);
        }
        var normalised = code.strip().toLowerCase(Locale.ROOT);
        for (var area : values()) {
            if (area.code().equals(normalised)) {
                return Optional.of(area);
            }
        }
        // the existing client also says "overall" and "training" for everything
        return normalised.equals("overall") || normalised.equals("training") ? Optional.of(ALL) : Optional.empty();
    }

    /** The report parts this focus answers. */
    public Set<Part> parts() {
        return switch (this) {
            case ALL -> EnumSet.allOf(Part.class);
            case PERFORMANCE -> EnumSet.of(Part.PERFORMANCE);
            case GOAL -> EnumSet.of(Part.GOAL);
            case PACE -> EnumSet.of(Part.PACE);
            case WORKOUT -> EnumSet.of(Part.WORKOUT);
        };
    }

    /** The parts of a report, one per agent. */
    public enum Part {
        PERFORMANCE, GOAL, PACE, WORKOUT, SYNTHESIS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
