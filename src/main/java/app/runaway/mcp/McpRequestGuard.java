package app.runaway.mcp;

import app.runaway.platform.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import org.springframework.ai.mcp.server.common.autoconfigure.properties.McpServerStreamableHttpProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Runaway checks of an HTTP request to {@code /mcp} before the MCP transport reads it, after the bearer token
 * has been checked: the method, the media types Streamable HTTP requires, the session header, a body that is JSON and
 * no larger than {@code runaway.mcp.max-request-size} (the transport would read any body whole into memory). Each
 * refusal is a problem detail with the status that says what is wrong (405, 406, 413, 415, 400); the transport's own
 * refusals (an unknown or expired session: 404, which tells a client to initialize again) become problem details
 * too, with their status and message kept.
 */
class McpRequestGuard extends OncePerRequestFilter {
    private static final String SESSION_HEADER = "Mcp-Session-Id";
    private static final MediaType EVENT_STREAM = MediaType.TEXT_EVENT_STREAM;

    private final String endpoint;
    private final long maxBytes;
    private final JsonMapper json;

    McpRequestGuard(McpServerStreamableHttpProperties http, McpSettings settings, JsonMapper json) {
        this.endpoint = http.getMcpEndpoint();
        this.maxBytes = settings.maxRequestSize().toBytes();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !endpoint.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var method = request.getMethod();
        Optional<ProblemDetail> refusal = switch (method) {
            case "POST" -> postProblem(request);
            case "GET" -> accepts(request, EVENT_STREAM) ? sessionProblem(request)
                    : Optional.of(notAcceptable("a GET opens the session's event stream: Accept must list "
                    + "text/event-stream"));
            case "DELETE" -> sessionProblem(request);
            default -> Optional.of(ProblemResponses.problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                    "MCP's Streamable HTTP takes POST (messages), GET (the session's event stream) and DELETE (end "
                            + "the session)"));
        };
        if (refusal.isPresent()) {
            if (refusal.get().getStatus() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
                response.setHeader(HttpHeaders.ALLOW, "GET, POST, DELETE");
            }
            ProblemResponses.write(json, response, refusal.get());
            return;
        }
        var forwarded = request;
        if (method.equals("POST")) {
            var body = body(request);
            if (body.isEmpty()) {
                ProblemResponses.write(json, response, ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE,
                        "Content too large", "an MCP message may be at most " + maxBytes + " bytes"));
                return;
            }
            var notJson = jsonProblem(body.get());
            if (notJson.isPresent()) {
                ProblemResponses.write(json, response, notJson.get());
                return;
            }
            forwarded = new ReadAgain(request, body.get());
        }
        var answer = new TransportRefusals(response, json);
        chain.doFilter(forwarded, answer);
        if (!forwarded.isAsyncStarted()) {
            answer.finish();
        }
    }

    private Optional<ProblemDetail> postProblem(HttpServletRequest request) {
        if (!isJson(request.getContentType())) {
            return Optional.of(ProblemResponses.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "an MCP message is a JSON-RPC message: Content-Type must be application/json"));
        }
        if (!accepts(request, MediaType.APPLICATION_JSON) || !accepts(request, EVENT_STREAM)) {
            return Optional.of(notAcceptable("Streamable HTTP answers a message as JSON or as an event stream: "
                    + "Accept must list both application/json and text/event-stream"));
        }
        if (request.getContentLengthLong() > maxBytes) {
            return Optional.of(ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large",
                    "an MCP message may be at most " + maxBytes + " bytes"));
        }
        return Optional.empty();
    }

    private static Optional<ProblemDetail> sessionProblem(HttpServletRequest request) {
        var session = request.getHeader(SESSION_HEADER);
        if (session == null || session.isBlank()) {
            return Optional.of(ProblemResponses.invalid(SESSION_HEADER, "is required: the id the initialize "
                    + "answer gave"));
        }
        return Optional.empty();
    }

    private static ProblemDetail notAcceptable(String detail) {
        return ProblemResponses.problem(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", detail);
    }

    private static boolean isJson(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(
                    contentType)) && !MediaType.parseMediaType(contentType).isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Whether Accept lists this type itself: Streamable HTTP asks clients to name both types, not a wildcard. */
    private static boolean accepts(HttpServletRequest request, MediaType type) {
        try {
            return Collections.list(request.getHeaders(HttpHeaders.ACCEPT)).stream()
                    .flatMap(value -> MediaType.parseMediaTypes(value).stream())
                    .anyMatch(accepted -> accepted.getType().equalsIgnoreCase(type.getType())
                            && accepted.getSubtype().equalsIgnoreCase(type.getSubtype()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The body, read to at most the limit; empty when it is longer. */
    private Optional<byte[]> body(HttpServletRequest request) throws IOException {
        var bytes = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }

    private Optional<ProblemDetail> jsonProblem(byte[] body) {
        try {
            var tree = json.readTree(body);
            if (tree != null && (tree.isObject() || tree.isArray())) {
                return Optional.empty();
            }
        } catch (JacksonException e) {
            // refused below
        }
        return Optional.of(ProblemResponses.invalid("body", "is not a JSON-RPC message (a JSON object)"));
    }

    /** The request with its body, already read here, to read again. */
    private static final class ReadAgain extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
