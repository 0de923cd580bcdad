package app.flashpoint.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import jakarta.inject.Singleton;

/**
 * Every state-changing form carries the token of its CSRF cookie (double-submit, HMAC-signed); a form
 * handler calls {@link #check} before doing anything. A mismatch is refused with 403 (see AccessDenied).
 */
@Singleton
public class CsrfGuard {
    private final CsrfTokenValidator<HttpRequest<?>> validator;

    CsrfGuard(CsrfTokenValidator<HttpRequest<?>> validator) {
        this.validator = validator;
    }

    public void check(HttpRequest<?> request, @Nullable String formToken) {
        if (formToken == null || formToken.isBlank() || !validator.validateCsrfToken(request, formToken)) {
            throw new AuthorizationException(null);
        }
    }
}
