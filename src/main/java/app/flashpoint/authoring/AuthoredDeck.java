package app.flashpoint.authoring;

import app.flashpoint.deck.DeckVisibility;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A deck as an author may edit it; {@code ownerId} null means a bank deck (any instructor edits it, and it is
 * public). {@code visibility}: see {@link DeckVisibility}.
 */
record AuthoredDeck(String slug, String title, String description, List<String> documents, @Nullable Long ownerId,
                    String contentHash, DeckVisibility visibility) {
    AuthoredDeck {
        documents = List.copyOf(documents);
    }

    public boolean fromBank() {
        return ownerId == null;
    }

    public boolean isPublic() {
        return visibility == DeckVisibility.PUBLIC;
    }
}
