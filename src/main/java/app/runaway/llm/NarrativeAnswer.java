package app.runaway.llm;

import app.runaway.llm.NarrationOutcome.Failure;
import app.runaway.llm.NarrationOutcome.Narrated;
import app.runaway.llm.NarrationOutcome.Rejected;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads the model's answer: exactly {@code {"narrative": "..."}}, the text 1 to 1,200 characters. */
final class NarrativeAnswer {
    static final int MAX_LENGTH = 1200;

    /** Models often wrap JSON in a Markdown fence even when told not to; that much is tolerated. */
    private static final Pattern FENCE = Pattern.compile("(?s)^```(?:json|JSON)?\\s*(.*?)\\s*```$");

    private NarrativeAnswer() {
    }

    static NarrationOutcome read(String answer, JsonMapper json) {
        if (answer == null || answer.isBlank()) {
            return new Rejected(Failure.INVALID_JSON, "empty answer");
        }
        var text = answer.strip();
        var fenced = FENCE.matcher(text);
        if (fenced.matches()) {
            text = fenced.group(1);
        }
        try {
            var node = json.readTree(text);
            if (node == null || !node.isObject() || node.size() != 1 || !node.has("narrative")) {
                return new Rejected(Failure.WRONG_SCHEMA, "not an object with only a narrative");
            }
            var narrative = node.get("narrative");
            if (!narrative.isString()) {
                return new Rejected(Failure.WRONG_SCHEMA, "narrative is not a string");
            }
            var words = narrative.stringValue().strip();
            if (words.isEmpty() || words.length() > MAX_LENGTH) {
                return new Rejected(Failure.WRONG_SCHEMA, "narrative of " + words.length() + " characters");
            }
            return new Narrated(words);
        } catch (JacksonException e) {
            return new Rejected(Failure.INVALID_JSON, e.getClass().getSimpleName());
        }
    }
}
