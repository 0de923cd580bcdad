package app.flashpoint.core.exchange;

import java.util.List;

/**
 * A file that cannot be imported at all (not the format it claims, truncated, over a limit, a syntax error);
 * the message says why in words a user can act on, with the line or entry where it applies.
 */
public class ImportException extends RuntimeException {
    private final List<ImportedDeck.Skipped> skipped;

    public ImportException(String message) {
        this(message, List.of());
    }

    /** {@code skipped}: what was left out on the way, for a file refused because nothing was left. */
    public ImportException(String message, List<ImportedDeck.Skipped> skipped) {
        super(message);
        this.skipped = List.copyOf(skipped);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
        this.skipped = List.of();
    }

    public List<ImportedDeck.Skipped> skipped() {
        return skipped;
    }
}
