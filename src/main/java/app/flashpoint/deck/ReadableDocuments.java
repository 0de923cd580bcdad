package app.flashpoint.deck;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * The documents a reader may open: every bank document; one made in the browser only through its deck, by
 * those {@link DeckAccess} lets see that deck. Anything else is the 404 of a missing document, so a
 * private document's name cannot be confirmed by guessing.
 */
@Singleton
class ReadableDocuments {
    private final DocumentRepository documents;
    private final DeckAccess access;

    ReadableDocuments(DocumentRepository documents, DeckAccess access) {
        this.documents = documents;
        this.access = access;
    }

    DocumentRow get(String name, @Nullable CurrentAccount reader) {
        return documents.findById(name)
                .filter(d -> d.fromBank() || (d.deckSlug() != null && access.maySee(d.deckSlug(), reader)))
                .orElseThrow(() -> NotFoundException.of("document", name));
    }
}
