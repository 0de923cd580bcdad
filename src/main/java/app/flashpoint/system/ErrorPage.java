package app.flashpoint.system;

import io.micronaut.core.annotation.Introspected;

/** The model of system/error: shared by the error handlers and the pages that answer 410 Gone themselves. */
@Introspected
public record ErrorPage(int status, String reason, String message) {
    public static ErrorPage gone(String message) {
        return new ErrorPage(410, "Gone", message);
    }
}
