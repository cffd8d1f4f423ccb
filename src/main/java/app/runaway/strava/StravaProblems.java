package app.runaway.strava;

import app.runaway.platform.ProblemResponses;
import app.runaway.strava.client.StravaApiException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The Strava failure kinds as problem details, once; ahead of the platform's catch-all. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StravaProblems {
    private final Clock clock;

    StravaProblems(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(StravaNotConfiguredException.class)
    ProblemDetail notConfigured(StravaNotConfiguredException e) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "Strava is not configured", e.getMessage());
    }

    @ExceptionHandler(NotConnectedException.class)
    ProblemDetail notConnected(NotConnectedException e) {
        return ProblemResponses.problem(HttpStatus.CONFLICT, "Not connected to Strava", e.getMessage());
    }

    @ExceptionHandler(ReauthorizationNeededException.class)
    ProblemDetail reauthorize(ReauthorizationNeededException e) {
        return ProblemResponses.problem(HttpStatus.CONFLICT, "Strava needs re-authorization", e.getMessage());
    }

    @ExceptionHandler(StravaApiException.RateLimited.class)
    ResponseEntity<ProblemDetail> rateLimited(StravaApiException.RateLimited e) {
        var seconds = Math.max(1, Duration.between(clock.instant(), e.until()).toSeconds());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", String.valueOf(seconds))
                .body(ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "Strava's rate limit",
                        "Strava's rate budget is spent until " + e.until() + "; try again then"));
    }

    @ExceptionHandler(StravaApiException.class)
    ProblemDetail stravaFailed(StravaApiException e) {
        return ProblemResponses.problem(HttpStatus.BAD_GATEWAY, "Strava failed", e.getMessage());
    }
}
