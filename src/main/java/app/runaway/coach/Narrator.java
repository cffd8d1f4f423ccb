package app.runaway.coach;

import java.util.Optional;

/**
 * Words one part of a report better (an LLM, when one is configured). It may round or convert units, never invent a
 * number: an implementation checks its text against the part's facts and answers empty on any failure, mismatch or
 * timeout, and the rule-based text stays.
 */
public interface Narrator {

    /**
     * @param part    which agent's result this is
     * @param facts   that result (a record of {@link CoachReport}), the only source of numbers
     * @param rules   the rule-based narrative of the part, a starting point
     * @param units   "metric" or "imperial"
     * @return the narrative, or empty to keep the rules' text
     */
    Optional<String> narrate(FocusArea.Part part, Object facts, String rules, String units);

    /** No narrator: every part keeps the rules' text. */
    Narrator NONE = (part, facts, rules, units) -> Optional.empty();
}
