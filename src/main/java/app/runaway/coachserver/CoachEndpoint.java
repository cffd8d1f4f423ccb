package app.runaway.coachserver;

import app.runaway.coach.Coach;
import app.runaway.coach.CoachReport;
import app.runaway.coach.CoachRequest;
import app.runaway.coach.Narrator;
import java.util.Map;
import app.runaway.llm.Narrators;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The coach's private API: a request of plain data (activities included) in, a report out. */
@RestController
class CoachEndpoint {
    static final String ANALYZE_PATH = "/internal/coach/analyze";

    private final Executor executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Narrators narrators;

    /**
     * Narrated by the LLM when one is configured for the coach service too and the caller asks for it (the main
     * service's gate decides whether an athlete's data may reach a model), else the rules' words.
     */
    CoachEndpoint(Narrators narrators) {
        this.narrators = narrators;
    }

    @PostMapping(ANALYZE_PATH)
    CoachReport analyze(@RequestBody CoachRequest request,
                        @RequestHeader(name = "X-Runaway-Narrate", defaultValue = "false") boolean narrate) {
        return new Coach(executor, narrate ? narrators.forwardedByMainService() : Narrator.NONE).analyze(request);
    }

    @GetMapping("/health")
    Map<String, String> health() {
        return Map.of("status", "healthy", "service", "runaway", "role", "coach");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        return problem;
    }
}
