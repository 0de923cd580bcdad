package app.flashpoint.authoring;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A deck as an author may edit it; {@code ownerId} null means a bank deck (any instructor edits it). */
record AuthoredDeck(String slug, String title, String description, List<String> documents, @Nullable Long ownerId,
                    String contentHash) {
    AuthoredDeck {
        documents = List.copyOf(documents);
    }

    public boolean fromBank() {
        return ownerId == null;
    }
}
