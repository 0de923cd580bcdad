package app.flashpoint.core.generate.draft;

/**
 * A candidate answer found at {@code [start, end)} of the document. Terms of the same {@code kind} are
 * interchangeable in form, which is what makes one a plausible distractor for another.
 */
record Term(String text, int start, int end, Kind kind) {
    enum Kind {
        /** "uses X as a bargaining chip": what something serves as. */
        ROLE,
        /** an element of a list the speaker gives. */
        ELEMENT,
        /** a salient phrase of the document. */
        CONCEPT
    }
}
