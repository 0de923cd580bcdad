package app.flashpoint.study;

import app.flashpoint.core.generate.cards.Cards;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.system.NotFoundException;
import jakarta.inject.Singleton;

/** Loads a deck's cards; an unknown deck is a 404. */
@Singleton
class StudyDecks {
    private final DeckCatalog catalog;

    StudyDecks(DeckCatalog catalog) {
        this.catalog = catalog;
    }

    DeckCards of(String slug) {
        return catalog.bankDeck(slug).map(d -> DeckCards.of(d, Cards.of(d)))
                .orElseThrow(() -> NotFoundException.of("deck", slug));
    }
}
