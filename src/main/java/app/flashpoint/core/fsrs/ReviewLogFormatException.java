package app.flashpoint.core.fsrs;

/** A review log CSV that cannot be read; {@link #lineNumber()} is 1-based, the header being line 1. */
public final class ReviewLogFormatException extends RuntimeException {

    private final long lineNumber;

    public ReviewLogFormatException(long lineNumber, String problem, Throwable cause) {
        super("line " + lineNumber + ": " + problem, cause);
        this.lineNumber = lineNumber;
    }

    public long lineNumber() {
        return lineNumber;
    }
}
