package app.runaway.llm;

import dev.langchain4j.exception.HttpException;

/** How a failed model call is told apart and logged: never with the provider's words, which may quote a prompt. */
public final class LlmFailures {
    private LlmFailures() {
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
