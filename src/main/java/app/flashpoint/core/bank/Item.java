package app.flashpoint.core.bank;

import java.util.List;

/** An authored item; {@code id} is stable across edits so progress survives rewording. */
public record Item(String id, String keyPoint, Bloom bloom, ItemContent content, String explanation,
                   List<SourceSpan> sources) {
    public Item {
        sources = List.copyOf(sources);
    }

    public ItemType type() {
        return content.type();
    }
}
