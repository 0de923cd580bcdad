package app.flashpoint.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Builds every error response: JSON {@code {"status","error"}} for the API and for clients that do not
 * want HTML, otherwise the error page, rendered here to a string because errors raised in filters never
 * reach the views filter.
 */
@Singleton
public class ErrorResponses {
    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;

    ErrorResponses(ViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
        this.views = views;
    }

    public MutableHttpResponse<?> of(HttpRequest<?> request, HttpStatus status, String message) {
        if (wantsJson(request)) {
            return io.micronaut.http.HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ErrorBody(status.getCode(), message));
        }
        var html = new StringWriter();
        try {
            // rendered outside the views filter: the record is spread here as PageResponses does for pages
            views.render("system/error", PageResponses.spread(new ErrorPage(status.getCode(), status.getReason(),
                    message)), request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return io.micronaut.http.HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE)
                .body(html.toString());
    }

    public static boolean wantsJson(HttpRequest<?> request) {
        return request.getPath().startsWith("/api/")
                || request.accept().stream().noneMatch(m -> m.getSubtype().equals("html"));
    }
}
