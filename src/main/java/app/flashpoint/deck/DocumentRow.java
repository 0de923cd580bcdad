package app.flashpoint.deck;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A stored source document; {@code metadata} is a JSON object (title, interviewer, date…). A bank document is
 * public; one made in the browser (content hash {@code browser}) belongs to {@code deckSlug}, the deck it was
 * added to, and is read only through that deck.
 */
@MappedEntity("document")
public record DocumentRow(@Id String name, String title, String metadata, String text, String contentHash,
                          @Nullable String deckSlug) {
    public boolean fromBank() {
        return !"browser".equals(contentHash);
    }
}
