package app.runaway.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A model call within a time budget, only with the {@link ModelGate}'s permit, and how a failed one is told apart
 * and logged: never with the provider's words, which may quote a prompt.
 */
public final class ModelCalls {
    private ModelCalls() {
    }

    /**
     * Runs the blocking call on its own virtual thread and waits at most {@code budget}: the HTTP client's timeout
     * covers a silent server, this covers everything else (a slow trickle, a stuck connection pool). A call not done
     * in time, or whose wait is interrupted, is cancelled.
     *
     * @throws ExecutionException the call failed; its cause is the model client's exception
     */
    public static ChatResponse chat(ModelGate.Permit permit, ChatModel model, ChatRequest request, Duration budget,
                                    String threadName)
            throws TimeoutException, ExecutionException, InterruptedException {
        if (permit == null) {
            throw new IllegalStateException("a model call needs the gate's permit");
        }
        var call = new FutureTask<>(() -> model.chat(request));
        Thread.ofVirtual().name(threadName).start(call);
        try {
            return call.get(Math.max(0, budget.toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            call.cancel(true);
            throw e;
        }
    }

    /** Whether the call failed because an HTTP client gave up waiting (its timeout and ours race). */
    public static boolean timedOut(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    /** The failure's type and HTTP status. */
    public static String describe(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http) {
                return failure.getClass().getSimpleName() + ", HTTP " + http.statusCode();
            }
        }
        return failure == null ? "unknown" : failure.getClass().getSimpleName();
    }
}
