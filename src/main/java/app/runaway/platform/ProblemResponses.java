package app.runaway.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details written straight to the servlet response, for refusals made before Spring MVC sees the request
 * (filters, the security chain). Inside MVC, {@code ProblemDetailsAdvice} does the same from exceptions.
 */
public final class ProblemResponses {
    private ProblemResponses() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** 400 naming the field, in the same shape as {@link InvalidInputException} answers. */
    public static ProblemDetail invalid(String field, String message) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", field + ": " + message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    public static void write(JsonMapper json, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
