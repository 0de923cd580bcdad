package app.flashpoint.core.exchange.anki;

import java.util.List;

/**
 * A note with its raw field HTML (in note-type field order), the deck its first card is in ({@code ::}
 * between levels) and how many cards it has (an optional reverse that is not switched on has one).
 */
public record AnkiNote(long id, long noteTypeId, List<String> fields, String deck, int cards) {
    public AnkiNote {
        fields = List.copyOf(fields);
    }

    public String field(int i) {
        return i >= 0 && i < fields.size() ? fields.get(i) : "";
    }
}
