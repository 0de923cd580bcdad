package app.flashpoint.core.document;

/**
 * A paragraph at {@code [start, end)} of its document. When it opens a speaker turn, {@code speaker} is
 * the speaker's full name and {@code bodyStart} the offset just after the "Name:" label.
 */
public record Paragraph(int start, int end, String speaker, int bodyStart) {
    public boolean opensTurn() {
        return speaker != null;
    }
}
