package app.flashpoint.deck;

/** A published item quoting {@code [start, end)} of a document. */
public record Citation(String deckSlug, String itemId, String itemType, String keyPointTitle, int position,
                       int start, int end, String quote) {
    /** The id of the anchor in the source reader where this quote starts. */
    public String anchor() {
        return "q-" + itemId + "-" + position;
    }
}
