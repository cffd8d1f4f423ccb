package app.runaway.llm;

import app.runaway.coach.FocusArea.Part;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;

/** What the model is told: the coach's rules of wording (system) and one part's facts (user). */
final class NarrationPrompt {

    /**
     * The model may only reword: every number it writes is checked against the facts afterwards, so the prompt says
     * so plainly, and asks for digits (a number written out in words is harder to check).
     */
    static final String SYSTEM = """
            You are Runaway, an experienced and encouraging running coach. You write the short narrative of one part \
            of a training analysis for the athlete, in the second person, in plain English, at most 5 sentences.

            Rules:
            - Use only the facts you are given. You may reword them, leave some out, round them (51.87 -> 51.9 or \
            52) or convert units (km <-> miles, seconds <-> m:ss or h:mm:ss, a share of 0.85 -> 85%).
            - Never introduce a number that is not in the facts: no new paces, times, distances, heart rates, \
            percentages, dates or VDOT values, no estimates of your own. Write numbers as digits; counts up to ten \
            may be words.
            - Do not contradict the facts and do not give medical advice.
            - Answer with one JSON object and nothing else, exactly: {"narrative": "<your text>"}
            """;

    private NarrationPrompt() {
    }

    static ChatRequest request(Part part, String units, String factsJson, String rules) {
        var user = """
                Part: %s
                Units: %s (write distances and paces in these units)
                Facts (JSON):
                %s
                The rules' own narrative of these facts, to improve on:
                %s
                """.formatted(part.code(), units, factsJson, rules == null || rules.isBlank() ? "(none)" : rules);
        return ChatRequest.builder().messages(SystemMessage.from(SYSTEM), UserMessage.from(user)).build();
    }
}
