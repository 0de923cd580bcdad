package app.flashpoint.deck;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A stored item; {@code content} is the JSON of {@code ItemContent.toMap()}, {@code type} its YAML name.
 * {@code status} is an {@link ItemStatus} code; learners only ever see published items. {@code bankHash}: hash of the bank entry last loaded
 * (null when made in the browser); {@code editedAt}: set by a browser edit (see BankSync). {@code tags}: the item's
 * tags, space-separated ({@link #tagList}).
 */
@MappedEntity("item")
public record ItemRow(@Id String id, String deckSlug, String keyPointId, String type, String bloom, String content,
                      String explanation, String status, int position, String contentHash, long updatedAt,
                      @Nullable String bankHash, @Nullable Long editedAt, String tags) {

    public ItemRow {
        tags = tags == null ? "" : tags;
    }

    public java.util.List<String> tagList() {
        return tags.isBlank() ? java.util.List.of() : java.util.List.of(tags.strip().split("\\s+"));
    }

    public static String joinTags(java.util.List<String> tags) {
        return String.join(" ", tags);
    }

    /** Retired by the bank: a browser edit it carried is over, the entry is gone from the file. */
    ItemRow retired(long now) {
        return new ItemRow(id, deckSlug, keyPointId, type, bloom, content, explanation, ItemStatus.RETIRED.code(), position,
                contentHash, now, bankHash, null, tags);
    }

    ItemRow atPosition(int newPosition) {
        return new ItemRow(id, deckSlug, keyPointId, type, bloom, content, explanation, status, newPosition,
                contentHash, updatedAt, bankHash, editedAt, tags);
    }
}
