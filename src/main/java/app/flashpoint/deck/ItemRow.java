package app.flashpoint.deck;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A stored item; {@code content} is the JSON of {@code ItemContent.toMap()}, {@code type} its YAML name. */
@MappedEntity("item")
record ItemRow(@Id String id, String deckSlug, String keyPointId, String type, String bloom, String content,
               String explanation, String status, int position, String contentHash, long updatedAt) {
    static final String PUBLISHED = "published";
    static final String RETIRED = "retired";

    ItemRow retired(long now) {
        return new ItemRow(id, deckSlug, keyPointId, type, bloom, content, explanation, RETIRED, position,
                contentHash, now);
    }
}
