package app.flashpoint.study;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.generate.cards.Cards;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.system.NotFoundException;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A deck's cards for study; an unknown deck is a 404. The cards are built once per version of the deck
 * (the catalog hands out the same {@link Deck} until the bank changes), not on every request.
 * Public so cram mode shows the very same cards instead of building its own.
 */
@Singleton
public class StudyDecks {
    private final DeckCatalog catalog;
    private final Map<String, DeckCards> built = new ConcurrentHashMap<>();

    StudyDecks(DeckCatalog catalog) {
        this.catalog = catalog;
    }

    public DeckCards of(String slug) {
        Deck deck = catalog.bankDeck(slug).orElseThrow(() -> NotFoundException.of("deck", slug));
        DeckCards current = built.get(slug);
        if (current != null && current.deck() == deck) {
            return current; // the common case reads without taking compute's lock on the slug
        }
        return built.compute(slug, (key, cards) -> cards != null && cards.deck() == deck
                ? cards : DeckCards.of(deck, Cards.of(deck)));
    }
}
