package app.flashpoint.core.exchange.anki;

import java.util.List;

/**
 * A note with its raw field HTML (in note-type field order), the deck its first card is in ({@code ::}
 * between levels), how many cards it has (an optional reverse that is not switched on has one) and its tags.
 */
public record AnkiNote(long id, long noteTypeId, List<String> fields, String deck, int cards, List<String> tags) {
    public AnkiNote {
        fields = List.copyOf(fields);
        tags = List.copyOf(tags);
    }

    public String field(int i) {
        return i >= 0 && i < fields.size() ? fields.get(i) : "";
    }
}
