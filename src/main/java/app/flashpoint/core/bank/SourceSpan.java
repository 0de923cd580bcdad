package app.flashpoint.core.bank;

/** A verbatim quote of a document, located at {@code [start, end)} of its text. */
public record SourceSpan(String document, String quote, int start, int end) {
    public SourceSpan {
        if (start < 0 || end < start || end - start != quote.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit its quote");
        }
    }
}
