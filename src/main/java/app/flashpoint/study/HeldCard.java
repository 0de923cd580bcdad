package app.flashpoint.study;

import app.flashpoint.card.CardView;
import app.flashpoint.card.DeckCards;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.history.CardFlagRow;
import app.flashpoint.history.CardStateRow;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * A card as the leech notice and the list of held cards show it: what it asks, how often the learner forgot it,
 * whether it is suspended, a leech or buried, and where to reread it. {@code passage} is the item's first source
 * passage in the reader when it has one ({@code fromSource}); an imported item without sources goes to its item
 * page instead, where rewording it is the advice (its owner edits it in authoring).
 */
@Introspected
record HeldCard(String cardId, String label, String text, int lapses, boolean suspended, boolean leech,
                boolean buried, String passage, boolean fromSource) {

    static HeldCard of(DeckCards deck, Card card, long accountId, @Nullable CardStateRow state,
                       @Nullable CardFlagRow flag, long now) {
        Item item = deck.item(card);
        CardView view = CardView.of(card, item, accountId, 0, CardView.Answer.NONE);
        boolean fromSource = !item.sources().isEmpty();
        String passage = fromSource
                ? "/documents/" + segment(item.sources().get(0).document()) + "#q-" + item.id() + "-0"
                : "/decks/" + segment(deck.slug()) + "/items/" + segment(item.id());
        return new HeldCard(card.id(), view.label(), text(view), state == null ? 0 : state.lapses(),
                flag != null && flag.suspended(), flag != null && flag.leech(), flag != null && flag.buried(now),
                passage, fromSource);
    }

    /** The front's words: the prompt, or a cloze with its gaps shown as […]. */
    private static String text(CardView view) {
        if (view.prompt() != null && !view.prompt().isBlank()) {
            return view.prompt();
        }
        return view.cloze().stream().map(s -> s.blank() ? "[…]" : s.text()).collect(Collectors.joining());
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
