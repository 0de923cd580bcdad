package app.flashpoint.core.bank;

import java.util.List;

/**
 * An authored item; {@code id} is stable across edits so progress survives rewording. {@code note} is the
 * author's word to reviewers (why an advisory lint warning is accepted, say): bank-only, never shown to
 * learners and not stored in the database, so "" for items built from rows. {@code tags} are Anki-style
 * labels (no spaces; {@code ::} nests), kept from imports and written back on export; most items have none.
 */
public record Item(String id, String keyPoint, Bloom bloom, ItemContent content, String explanation,
                   List<SourceSpan> sources, String note, List<String> tags) {
    public Item {
        sources = List.copyOf(sources);
        note = note == null ? "" : note.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public Item(String id, String keyPoint, Bloom bloom, ItemContent content, String explanation,
                List<SourceSpan> sources, String note) {
        this(id, keyPoint, bloom, content, explanation, sources, note, List.of());
    }

    public Item(String id, String keyPoint, Bloom bloom, ItemContent content, String explanation,
                List<SourceSpan> sources) {
        this(id, keyPoint, bloom, content, explanation, sources, "");
    }

    public Item withTags(List<String> newTags) {
        return new Item(id, keyPoint, bloom, content, explanation, sources, note, newTags);
    }

    public ItemType type() {
        return content.type();
    }
}
