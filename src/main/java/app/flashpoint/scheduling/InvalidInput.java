package app.flashpoint.scheduling;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

/**
 * A request the API cannot act on: 400, answered as JSON by ErrorPages. The message starts with
 * what is wrong where ({@code reviews[2].rating ...}, {@code line 17: ...}) so a client can fix it.
 */
final class InvalidInput extends HttpStatusException {
    InvalidInput(String message) {
        super(HttpStatus.BAD_REQUEST, message);
    }
}
