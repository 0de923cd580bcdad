package app.flashpoint.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.views.ModelAndView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Every error a user can meet, answered without a stack trace: JSON under /api, a page elsewhere.
 */
@Controller
class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    @Error(global = true, exception = NotFoundException.class)
    HttpResponse<?> notFound(HttpRequest<?> request, NotFoundException e) {
        return respond(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    HttpResponse<?> noRoute(HttpRequest<?> request) {
        return respond(request, HttpStatus.NOT_FOUND, "Nothing here: " + request.getPath());
    }

    @Error(global = true, exception = HttpStatusException.class)
    HttpResponse<?> status(HttpRequest<?> request, HttpStatusException e) {
        return respond(request, e.getStatus(), e.getMessage());
    }

    /**
     * The server-wide max-request-size and max-request-buffer-size: neither exception is an
     * HttpStatusException, so without these a body over the limit would be answered as a 500.
     */
    @Error(global = true, exception = ContentLengthExceededException.class)
    HttpResponse<?> tooLarge(HttpRequest<?> request, ContentLengthExceededException e) {
        return respond(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request body is too large: " + e.getMessage());
    }

    @Error(global = true, exception = BufferLengthExceededException.class)
    HttpResponse<?> tooLargeToBuffer(HttpRequest<?> request, BufferLengthExceededException e) {
        return respond(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request body is too large.");
    }

    @Error(global = true, exception = Exception.class)
    HttpResponse<?> unexpected(HttpRequest<?> request, Exception e) {
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getPath(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; the error has been logged.");
    }

    static HttpResponse<?> respond(HttpRequest<?> request, HttpStatus status, String message) {
        if (request.getPath().startsWith("/api/") || !acceptsHtml(request)) {
            return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ErrorBody(status.getCode(), message));
        }
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>("system/error", Map.of("status", status.getCode(),
                        "reason", status.getReason(), "message", message)));
    }

    private static boolean acceptsHtml(HttpRequest<?> request) {
        return request.accept().stream().anyMatch(m -> m.getSubtype().equals("html"));
    }
}
