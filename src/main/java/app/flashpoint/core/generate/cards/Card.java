package app.flashpoint.core.generate.cards;

import app.flashpoint.core.bank.SourceSpan;

import java.util.List;

/**
 * One reviewable card of an item. {@code ordinal} is stable across edits of the item's wording, so a
 * learner's schedule can hang on {@link #id()}: the cloze number for cloze cards, 0 (front→back) and 1
 * (back→front) for reversible items, 0 otherwise.
 */
public record Card(String itemId, int ordinal, String keyPoint, List<SourceSpan> sources, CardFace face) {
    public Card {
        sources = List.copyOf(sources);
    }

    public String id() {
        return idOf(itemId, ordinal);
    }

    public static String idOf(String itemId, int ordinal) {
        return itemId + "#" + ordinal;
    }

    public CardKind kind() {
        return face.kind();
    }
}
