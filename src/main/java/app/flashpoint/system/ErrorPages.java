package app.flashpoint.system;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error a user can meet, answered without a stack trace: JSON under /api, a page elsewhere.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private final ErrorResponses errors;
    private final AccessDenied accessDenied;
    private final HttpServerConfiguration server;

    ErrorPages(ErrorResponses errors, AccessDenied accessDenied, HttpServerConfiguration server) {
        this.errors = errors;
        this.accessDenied = accessDenied;
        this.server = server;
    }

    @Error(global = true, exception = NotFoundException.class)
    HttpResponse<?> notFound(HttpRequest<?> request, NotFoundException e) {
        return errors.of(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    HttpResponse<?> noRoute(HttpRequest<?> request) {
        return errors.of(request, HttpStatus.NOT_FOUND, "Nothing here: " + request.getPath());
    }

    @Error(global = true, exception = HttpStatusException.class)
    HttpResponse<?> status(HttpRequest<?> request, HttpStatusException e) {
        return errors.of(request, e.getStatus(), e.getMessage());
    }

    // Neither is an HttpStatusException, so without these the catch-all below would answer 500.
    @Error(global = true, exception = ContentLengthExceededException.class)
    HttpResponse<?> tooLarge(HttpRequest<?> request, ContentLengthExceededException e) {
        return errors.of(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                "Request body too large: this server accepts at most " + size(server.getMaxRequestSize()) + ".");
    }

    @Error(global = true, exception = BufferLengthExceededException.class)
    HttpResponse<?> tooLargeToBuffer(HttpRequest<?> request, BufferLengthExceededException e) {
        return errors.of(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                "Request body too large: this endpoint accepts at most " + size(server.getMaxRequestBufferSize()) + ".");
    }

    @Error(global = true, exception = TooManyRequests.class)
    HttpResponse<?> tooMany(HttpRequest<?> request, TooManyRequests e) {
        return errors.of(request, HttpStatus.TOO_MANY_REQUESTS, e.getMessage())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
    }

    @Error(global = true, exception = AuthorizationException.class)
    HttpResponse<?> refused(HttpRequest<?> request, AuthorizationException e) {
        return accessDenied.handle(request, e);
    }

    @Error(global = true, exception = UnsatisfiedRouteException.class)
    HttpResponse<?> missingInput(HttpRequest<?> request, UnsatisfiedRouteException e) {
        return errors.of(request, HttpStatus.BAD_REQUEST, "Missing " + e.getArgument().getName() + ".");
    }

    @Error(global = true, exception = JsonSyntaxException.class)
    HttpResponse<?> badJson(HttpRequest<?> request, JsonSyntaxException e) {
        return errors.of(request, HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
    }

    @Error(global = true, exception = ConversionErrorException.class)
    HttpResponse<?> badInput(HttpRequest<?> request, ConversionErrorException e) {
        return errors.of(request, HttpStatus.BAD_REQUEST, "Invalid " + e.getArgument().getName() + ".");
    }

    /**
     * The server-wide max-request-size and max-request-buffer-size: neither exception is an
     * HttpStatusException, so without these a body over the limit would be answered as a 500.
     */

    @Error(global = true, exception = Exception.class)
    HttpResponse<?> unexpected(HttpRequest<?> request, Exception e) {
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getPath(), e);
        return errors.of(request, HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; the error has been logged.");
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB (" + bytes + " bytes)" : bytes + " bytes";
    }
}
