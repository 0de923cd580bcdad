package app.flashpoint.core.bank;

import java.util.List;

/**
 * An authored item; {@code id} is stable across edits so progress survives rewording. {@code note} is the
 * author's word to reviewers (why an advisory lint warning is accepted, say): bank-only, never shown to
 * learners and not stored in the database, so "" for items built from rows.
 */
public record Item(String id, String keyPoint, Bloom bloom, ItemContent content, String explanation,
                   List<SourceSpan> sources, String note) {
    public Item {
        sources = List.copyOf(sources);
        note = note == null ? "" : note.strip();
    }

    public Item(String id, String keyPoint, Bloom bloom, ItemContent content, String explanation,
                List<SourceSpan> sources) {
        this(id, keyPoint, bloom, content, explanation, sources, "");
    }

    public ItemType type() {
        return content.type();
    }
}
