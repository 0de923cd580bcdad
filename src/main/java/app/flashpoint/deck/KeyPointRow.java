package app.flashpoint.deck;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A stored key point. {@code bankHash}: hash of the bank entry last loaded (null when made in the browser);
 * {@code editedAt}: set by a browser edit (see BankSync for how the two meet).
 */
@MappedEntity("key_point")
public record KeyPointRow(@Id String id, String deckSlug, String title, String summary, String family,
                          int importance, int position, String status, String contentHash,
                          @Nullable String bankHash, @Nullable Long editedAt) {

    KeyPointRow withStatus(String newStatus) {
        return new KeyPointRow(id, deckSlug, title, summary, family, importance, position, newStatus, contentHash,
                bankHash, editedAt);
    }

    KeyPointRow atPosition(int newPosition) {
        return new KeyPointRow(id, deckSlug, title, summary, family, importance, newPosition, status, contentHash,
                bankHash, editedAt);
    }
}
