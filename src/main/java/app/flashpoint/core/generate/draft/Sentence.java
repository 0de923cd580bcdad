package app.flashpoint.core.generate.draft;

/**
 * A sentence at {@code [start, end)} of the document. {@code speaker} is whoever holds the turn (null
 * outside an interview), {@code paragraph} the paragraph's index and {@code firstInParagraph} whether it
 * opens it, which is how unmarked list elements are found.
 */
record Sentence(int index, int start, int end, String text, String speaker, int paragraph, boolean firstInParagraph,
                int turn) {
    boolean isQuestion() {
        return text.endsWith("?");
    }
}
