package app.flashpoint.system;

import io.micronaut.serde.annotation.Serdeable;

/** The API's error shape: HTTP status and a reason a person can act on. */
@Serdeable
public record ErrorBody(int status, String error) {
}
