package app.flashpoint.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Refusals, including those of the CSRF filter: a page visit without a session goes to sign-in and comes
 * back; a refused form post is a 403 that says what to do; the API gets 401/403 with a JSON reason.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AccessDenied implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {
    private final ErrorResponses errors;

    AccessDenied(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        HttpRequest<?> req = request;
        if (exception.isForbidden()) {
            return errors.of(req, HttpStatus.FORBIDDEN, "This page belongs to someone else or needs another role.");
        }
        if (ErrorResponses.wantsJson(req)) {
            return errors.of(req, HttpStatus.UNAUTHORIZED, "Sign in first.");
        }
        if (req.getMethod() == HttpMethod.GET) {
            String next = URLEncoder.encode(req.getUri().toString(), StandardCharsets.UTF_8);
            return HttpResponse.seeOther(URI.create("/login?next=" + next));
        }
        return errors.of(req, HttpStatus.FORBIDDEN, "This form could not be accepted: it has expired or came from "
                + "another site. Go back, reload the page and send it again.");
    }
}
