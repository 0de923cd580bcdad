package app.flashpoint.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A form that carries nothing but its CSRF token: a button that removes, joins, approves or rejects. */
@Serdeable
public record TokenForm(@Nullable String csrfToken) {
    /** The token of a form that may be missing altogether (a POST with no body is still refused, as 403). */
    public static @Nullable String of(@Nullable TokenForm form) {
        return form == null ? null : form.csrfToken();
    }
}
