package app.flashpoint.progress;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.Cards;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.deck.DeckDetail;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The cards each deck really has (a cloze item has one per deletion, a reversible item two), built by the
 * same {@link Cards} the study pages use, so "new" counts and card ids (item#ordinal) agree with card_state.
 */
@Singleton
class VisibleDecks {
    private final DeckCatalog catalog;

    VisibleDecks(DeckCatalog catalog) {
        this.catalog = catalog;
    }

    record Entry(DeckDetail detail, List<Card> cards) {
    }

    /** Every deck {@code learner} may see. */
    List<Entry> all(CurrentAccount learner) {
        return catalog.decks(learner).stream().flatMap(s -> catalog.deck(s.slug(), learner).stream()).map(detail -> {
            List<KeyPoint> keyPoints = detail.keyPoints().stream()
                    .map(k -> new KeyPoint(k.id(), k.title(), k.summary(), k.family(), k.importance())).toList();
            Deck deck = new Deck(detail.slug(), detail.title(), detail.description(), detail.documents(), keyPoints,
                    catalog.items(detail.slug()).orElse(List.of())); // seen: catalog.deck checked it
            return new Entry(detail, Cards.of(deck));
        }).toList();
    }
}
