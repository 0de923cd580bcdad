package app.flashpoint.core.generate.draft;

/** The submitted document is empty or is not plain text (binary bytes, control characters). */
public class NotTextException extends IllegalArgumentException {
    public NotTextException(String message) {
        super(message);
    }
}
