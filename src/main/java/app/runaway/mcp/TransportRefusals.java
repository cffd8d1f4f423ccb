package app.runaway.mcp;

import app.runaway.platform.ProblemResponses;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MCP transport's own 4xx answers (an unknown session, a session id on a second initialize) as problem details,
 * like every other refusal of Runaway's: while the status is 4xx, what the transport writes (a JSON-RPC error or a
 * line of text) is held back, and {@link #finish()} writes a problem detail with the same status and the transport's
 * message. Anything else, event streams above all, passes through untouched.
 */
final class TransportRefusals extends HttpServletResponseWrapper {
    private static final int MOST_DETAIL_CHARS = 300;

    private final JsonMapper json;
    private ByteArrayOutputStream heldBack;

    TransportRefusals(HttpServletResponse response, JsonMapper json) {
        super(response);
        this.json = json;
    }

    private boolean refusing() {
        var status = getStatus();
        var type = getContentType();
        return status >= 400 && status < 500 && !isCommitted()
                && (type == null || !type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!refusing()) {
            return super.getOutputStream();
        }
        heldBack = heldBack == null ? new ByteArrayOutputStream() : heldBack;
        var target = heldBack;
        return new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("a refusal is written at once");
            }

            @Override
            public void write(int b) {
                target.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                target.write(bytes, offset, length);
            }
        };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        return refusing() ? new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true)
                : super.getWriter();
    }

    /** Writes the held-back refusal (or a bare 4xx) as a problem detail. */
    void finish() throws IOException {
        if (!refusing()) {
            return;
        }
        var status = HttpStatusCode.valueOf(getStatus());
        var reason = HttpStatus.resolve(getStatus());
        var title = reason == null ? "Refused" : reason.getReasonPhrase();
        ProblemResponses.write(json, (HttpServletResponse) getResponse(), ProblemResponses.problem(status, title,
                detail()));
    }

    /**
     * The transport's message: a JSON-RPC error's "message", or its text. An unknown session's is Runaway's own, as
     * the transport's repeats the id the client sent.
     */
    private String detail() {
        if (getStatus() == 404) {
            return "no such MCP session (it ended or expired): initialize a new one";
        }
        var text = heldBack == null ? "" : heldBack.toString(StandardCharsets.UTF_8).strip();
        try {
            var message = text.startsWith("{") ? json.readTree(text).path("message").asString("") : text;
            text = message.isBlank() ? text : message;
        } catch (JacksonException e) {
            // not JSON after all: the text is the message
        }
        if (text.isBlank()) {
            return "the MCP transport refused the request";
        }
        return text.length() > MOST_DETAIL_CHARS ? text.substring(0, MOST_DETAIL_CHARS) + "..." : text;
    }
}
