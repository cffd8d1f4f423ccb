package app.runaway.llm;

import java.util.Locale;

/** What came of asking the model for one part's narrative: a checked text, or why the rules' text stays. */
sealed interface NarrationOutcome {

    record Narrated(String text) implements NarrationOutcome {
    }

    /**
     * @param detail for the operator: an exception type, a status code, a count; never the prompt, the answer or a
     *               key
     */
    record Rejected(Failure failure, String detail) implements NarrationOutcome {
    }

    /** The kinds of failure an operator tells apart in the log. */
    enum Failure {
        MODEL_ERROR, TIMEOUT, INVALID_JSON, WRONG_SCHEMA, INVENTED_NUMBER, UNEXPECTED;

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}
