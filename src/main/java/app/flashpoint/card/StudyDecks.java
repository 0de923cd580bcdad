package app.flashpoint.card;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.generate.cards.Cards;
import app.flashpoint.deck.DeckAccess;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A deck's cards for study; an unknown deck, or one the learner may not see ({@link DeckAccess}), is a 404. The cards are built once per version of the deck
 * (the catalog hands out the same {@link Deck} until the bank changes), not on every request.
 * Public so cram mode shows the very same cards instead of building its own.
 */
@Singleton
public class StudyDecks {
    private final DeckCatalog catalog;
    private final DeckAccess access;
    private final Map<String, DeckCards> built = new ConcurrentHashMap<>();

    StudyDecks(DeckCatalog catalog, DeckAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    public DeckCards of(String slug, @Nullable CurrentAccount learner) {
        access.require(slug, learner);
        Deck deck = catalog.bankDeck(slug).orElseThrow(() -> NotFoundException.of("deck", slug));
        DeckCards current = built.get(slug);
        if (current != null && current.deck() == deck) {
            return current; // the common case reads without taking compute's lock on the slug
        }
        return built.compute(slug, (key, cards) -> cards != null && cards.deck() == deck
                ? cards : DeckCards.of(deck, Cards.of(deck)));
    }
}
