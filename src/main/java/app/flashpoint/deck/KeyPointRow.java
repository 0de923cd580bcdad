package app.flashpoint.deck;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("key_point")
record KeyPointRow(@Id String id, String deckSlug, String title, String summary, String family, int importance,
                   int position, String status, String contentHash) {
    static final String ACTIVE = "active";
    static final String RETIRED = "retired";

    KeyPointRow withStatus(String newStatus) {
        return new KeyPointRow(id, deckSlug, title, summary, family, importance, position, newStatus, contentHash);
    }
}
