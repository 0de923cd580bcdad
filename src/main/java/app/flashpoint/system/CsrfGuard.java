package app.flashpoint.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import jakarta.inject.Singleton;

/**
 * Every state-changing form carries the token of its CSRF cookie (double-submit, HMAC-signed); a form
 * handler calls {@link #check} before doing anything. A mismatch is refused with 403 (see AccessDenied).
 * A page's script that posts JSON sends the same token in the {@value #HEADER} header instead
 * ({@link #checkHeader}); a cross-site page can neither read the token nor set that header.
 */
@Singleton
public class CsrfGuard {
    private final CsrfTokenValidator<HttpRequest<?>> validator;

    CsrfGuard(CsrfTokenValidator<HttpRequest<?>> validator) {
        this.validator = validator;
    }

    public static final String HEADER = "X-CSRF-Token";

    public void check(HttpRequest<?> request, @Nullable String formToken) {
        if (!valid(request, formToken)) {
            throw new AuthorizationException(null);
        }
    }

    /** For JSON posts from the app's own pages: a missing or wrong header is a 403 with a JSON reason. */
    public void checkHeader(HttpRequest<?> request) {
        if (!valid(request, request.getHeaders().get(HEADER))) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "missing or invalid " + HEADER
                    + " header: send the csrfToken of the page this request comes from");
        }
    }

    private boolean valid(HttpRequest<?> request, @Nullable String token) {
        return token != null && !token.isBlank() && validator.validateCsrfToken(request, token);
    }
}
