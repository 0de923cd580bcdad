package app.flashpoint.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

/**
 * A generator's proposal waiting in a deck's review queue. {@code content} is the JSON of
 * {@code ItemContent.toMap()}, {@code sources} a JSON list of {@link DraftSource}; {@code itemId} is the item
 * an approved draft became.
 */
@MappedEntity("item_draft")
record DraftRow(@Id @GeneratedValue @Nullable Long id, String deckSlug, String document, String keyPointTitle,
                String type, String content, String sources,
                @TypeDef(type = DataType.STRING, converter = DraftStatus.Converter.class) DraftStatus status,
                @Nullable String itemId, long createdAt, @Nullable Long decidedAt) {
    DraftRow decided(DraftStatus newStatus, @Nullable String newItemId, long now) {
        return new DraftRow(id, deckSlug, document, keyPointTitle, type, content, sources, newStatus, newItemId,
                createdAt, now);
    }
}
