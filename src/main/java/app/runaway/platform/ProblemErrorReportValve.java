package app.runaway.platform;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error pages, for requests it refuses before any servlet runs (a path with an encoded NUL or slash,
 * headers too large): problem details instead of an HTML page, without server details.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        var code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0) {
            return;
        }
        var status = HttpStatus.resolve(code);
        var title = status != null ? status.getReasonPhrase() : "Error";
        var detail = code == 400 ? "the request is malformed (its path, query or headers cannot be read)"
                : code >= 500 ? "an unexpected error occurred" : title;
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            var writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + code
                        + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response was already sent: nothing left to tell
        }
    }
}
