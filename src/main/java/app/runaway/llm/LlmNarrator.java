package app.runaway.llm;

import app.runaway.coach.FocusArea.Part;
import app.runaway.coach.NarrativeCheck;
import app.runaway.coach.Narrator;
import app.runaway.llm.NarrationOutcome.Failure;
import app.runaway.llm.NarrationOutcome.Narrated;
import app.runaway.llm.NarrationOutcome.Rejected;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Words a report part with an LLM, and keeps the words only when they hold up: valid JSON of the agreed shape, every
 * number found in the part's facts, all within the time budget. Anything else leaves the rules' text in place, with
 * one warning for the operator.
 */
final class LlmNarrator implements Narrator {
    private static final Logger log = LoggerFactory.getLogger(LlmNarrator.class);

    private final ChatModel model;
    private final JsonMapper json;
    private final Duration timeout;
    private final ModelGate.Permit permit;

    /**
     * @param json    the application's mapper, so that the model sees the facts exactly as the API shows them
     * @param timeout the whole budget of one narrative, the model's HTTP timeout included
     * @param permit  the gate's leave for this athlete's data to reach the model
     */
    LlmNarrator(ChatModel model, JsonMapper json, Duration timeout, ModelGate.Permit permit) {
        this.model = model;
        this.json = json;
        this.timeout = timeout;
        this.permit = permit;
    }

    @Override
    public Optional<String> narrate(Part part, Object facts, String rules, String units) {
        return switch (guarded(part, facts, rules, units)) {
            case Narrated narrated -> Optional.of(narrated.text());
            case Rejected rejected -> {
                log.warn("LLM narrative of the {} part not used ({}: {}); the rules' text stays", part.code(),
                        rejected.failure().code(), rejected.detail());
                yield Optional.empty();
            }
        };
    }

    /** A narrative is an extra: nothing that goes wrong on its way may fail the analysis it belongs to. */
    private NarrationOutcome guarded(Part part, Object facts, String rules, String units) {
        try {
            return attempt(part, facts, rules, units);
        } catch (RuntimeException e) {
            return new Rejected(Failure.UNEXPECTED, e.getClass().getSimpleName());
        }
    }

    private NarrationOutcome attempt(Part part, Object facts, String rules, String units) {
        var factsJson = json.writeValueAsString(facts);
        var answer = ask(NarrationPrompt.request(part, units, factsJson, rules));
        if (!(answer instanceof Narrated(var text))) {
            return answer;
        }
        var read = NarrativeAnswer.read(text, json);
        if (!(read instanceof Narrated(var narrative))) {
            return read;
        }
        var invented = NarrativeCheck.against(json.readValue(factsJson, Object.class), rules).unmatched(narrative);
        return invented.isEmpty() ? read
                : new Rejected(Failure.INVENTED_NUMBER, invented.size() + " number(s) not in the facts");
    }

    /** The model's text within the budget, or why there is none. */
    private NarrationOutcome ask(ChatRequest request) {
        try {
            return new Narrated(ModelCalls.chat(permit, model, request, timeout, "llm-narrative").aiMessage().text());
        } catch (TimeoutException e) {
            return new Rejected(Failure.TIMEOUT, "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            if (ModelCalls.timedOut(e.getCause())) {
                return new Rejected(Failure.TIMEOUT, "the HTTP client gave up after " + timeout.toMillis() + " ms");
            }
            return new Rejected(Failure.MODEL_ERROR, ModelCalls.describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Rejected(Failure.TIMEOUT, "interrupted while waiting");
        }
    }
}
