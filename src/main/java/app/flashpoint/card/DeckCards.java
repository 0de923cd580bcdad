package app.flashpoint.card;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.generate.cards.Card;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A deck and its cards in deck order (the order new cards are introduced in). {@code ids} are the cards' ids
 * in the same order, built once, as every queue looks each card's state up by id.
 */
public record DeckCards(Deck deck, List<Card> cards, List<String> ids, Map<String, Card> byId, Map<String, Item> items) {

    static DeckCards of(Deck deck, List<Card> cards) {
        return new DeckCards(deck, List.copyOf(cards), cards.stream().map(Card::id).toList(),
                cards.stream().collect(Collectors.toMap(Card::id, Function.identity())),
                deck.items().stream().collect(Collectors.toMap(Item::id, Function.identity())));
    }

    public String slug() {
        return deck.slug();
    }

    public Optional<Card> card(String cardId) {
        return Optional.ofNullable(cardId == null ? null : byId.get(cardId));
    }

    public Item item(Card card) {
        return items.get(card.itemId());
    }
}
