package app.runaway.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the query string and the path of every request before anything reads them: each parameter must be valid
 * UTF-8, pass {@link TextInput}, and stay under {@link #MAX_PARAMETER_LENGTH}; otherwise 400 names the parameter.
 * (The servlet container would otherwise drop an undecodable parameter with an exception, and a NUL would reach
 * PostgreSQL.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestTextFilter extends OncePerRequestFilter {
    static final int MAX_PARAMETER_LENGTH = 2_000;

    private final JsonMapper json;

    RequestTextFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var refusal = pathProblem(request.getRequestURI()).or(() -> queryProblem(request.getQueryString()));
        if (refusal.isPresent()) {
            ProblemResponses.write(json, response, refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<org.springframework.http.ProblemDetail> pathProblem(String rawPath) {
        if (rawPath == null) {
            return Optional.empty();
        }
        return decode(rawPath, false).map(TextInput::problem)
                .orElse(Optional.of("is not valid UTF-8"))
                .map(reason -> ProblemResponses.invalid("path", reason));
    }

    static Optional<org.springframework.http.ProblemDetail> queryProblem(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (var pair : query.split("&")) {
            var equals = pair.indexOf('=');
            var rawName = equals < 0 ? pair : pair.substring(0, equals);
            var rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            var name = decode(rawName, true);
            if (name.isEmpty() || TextInput.problem(name.get()).isPresent() || name.get().length() > 100) {
                return Optional.of(ProblemResponses.invalid("query", "a parameter name is not valid text"));
            }
            var value = decode(rawValue, true);
            if (value.isEmpty()) {
                return Optional.of(ProblemResponses.invalid(name.get(), "is not valid UTF-8"));
            }
            var reason = value.get().length() > MAX_PARAMETER_LENGTH
                    ? Optional.of("is longer than " + MAX_PARAMETER_LENGTH + " characters")
                    : TextInput.problem(value.get());
            if (reason.isPresent()) {
                return Optional.of(ProblemResponses.invalid(name.get(), reason.get()));
            }
        }
        return Optional.empty();
    }

    /** Percent-decoding with a strict UTF-8 decoder: empty when the bytes are no UTF-8 (or a % is broken). */
    private static Optional<String> decode(String raw, boolean plusIsSpace) {
        var bytes = new ByteArrayOutputStream(raw.length());
        for (var i = 0; i < raw.length(); i++) {
            var c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                var high = Character.digit(raw.charAt(i + 1), 16);
                var low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                var encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
