package app.runaway.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * Problem details as a page, for a browser: every failure is still mapped once (platform's problem-details advice),
 * and a request that accepts HTML reads the same title and detail on a page instead of JSON. API clients, which
 * accept JSON, see no difference.
 */
@Component
class ProblemPages extends AbstractHttpMessageConverter<ProblemDetail> {

    ProblemPages() {
        super(StandardCharsets.UTF_8, MediaType.TEXT_HTML);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return ProblemDetail.class.isAssignableFrom(type);
    }

    /**
     * Only for a request that names HTML in its Accept header (a browser's page load): a client accepting anything
     * (curl, an API client) keeps getting application/problem+json.
     */
    @Override
    public List<MediaType> getSupportedMediaTypes(Class<?> clazz) {
        return asksForHtml() ? super.getSupportedMediaTypes(clazz) : List.of();
    }

    @Override
    protected boolean canWrite(MediaType mediaType) {
        return asksForHtml() && super.canWrite(mediaType);
    }

    private static boolean asksForHtml() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getHeader(HttpHeaders.ACCEPT) != null
                && attributes.getRequest().getHeader(HttpHeaders.ACCEPT).contains(MediaType.TEXT_HTML_VALUE);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected ProblemDetail readInternal(Class<? extends ProblemDetail> type, HttpInputMessage input) {
        throw new UnsupportedOperationException("problem pages are written, never read");
    }

    @Override
    protected void writeInternal(ProblemDetail problem, HttpOutputMessage output) throws IOException {
        var title = HtmlUtils.htmlEscape(problem.getTitle() == null ? "Something is wrong" : problem.getTitle());
        var detail = HtmlUtils.htmlEscape(problem.getDetail() == null ? "" : problem.getDetail());
        var writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        writer.write("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">\
                <meta name="viewport" content="width=device-width, initial-scale=1">\
                <title>%s · Runaway</title><link rel="stylesheet" href="/css/app.css"></head>\
                <body><main id="main" class="signin"><div class="card"><h1>%s</h1>\
                <p class="error" role="alert">%s</p><p><a href="/">Back to the dashboard</a></p></div></main>\
                </body></html>""".formatted(title, title, detail));
        writer.flush();
    }
}
