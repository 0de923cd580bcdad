package app.flashpoint.core.exchange;

/**
 * A file that cannot be imported at all (not the format it claims, truncated, over a limit, a syntax error);
 * the message says why in words a user can act on, with the line or entry where it applies.
 */
public class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
