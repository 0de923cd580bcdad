package app.flashpoint.gradebook;

import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.generate.cards.PlainPrompt;
import app.flashpoint.deck.DeckCatalog;
import io.micronaut.core.annotation.Nullable;
import app.flashpoint.quiz.AnswerText;
import app.flashpoint.quiz.Passage;
import app.flashpoint.quiz.ResponseCodec;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Items as the instructor's reports name them: a prompt, the item page, the source passages. */
@Singleton
class ItemTexts {
    private final DeckCatalog catalog;
    private final ResponseCodec codec;

    ItemTexts(DeckCatalog catalog, ResponseCodec codec) {
        this.catalog = catalog;
        this.codec = codec;
    }

    /** An item in a report; {@code href} is null when the item is no longer published. */
    record ItemText(String itemId, String prompt, @Nullable String href, List<Passage> passages) {
    }

    /** The published items of a deck by id, for one report. */
    Map<String, Item> published(String deckSlug) {
        return catalog.items(deckSlug).orElse(List.of()).stream()
                .collect(Collectors.toMap(Item::id, Function.identity()));
    }

    ItemText of(String deckSlug, String itemId, Map<String, Item> published) {
        Item item = published.get(itemId);
        if (item == null) {
            return new ItemText(itemId, itemId + " (no longer published)", null, List.of());
        }
        return new ItemText(itemId, prompt(item),
                "/decks/" + enc(deckSlug) + "/items/" + enc(itemId), Passage.of(item));
    }

    /** The declared options of a multiple-choice item (the key first), for distractor statistics. */
    static List<String> options(@Nullable Item item) {
        if (item != null && item.content() instanceof ItemContent.MultipleChoice mc) {
            List<String> options = new ArrayList<>();
            options.add(mc.answer());
            mc.distractors().forEach(d -> options.add(d.text()));
            return options;
        }
        return List.of();
    }

    /** What the item asks; a cloze as it reads revealed (an instructor's page), not its {{c1::…}} markup. */
    static String prompt(Item item) {
        return item.content() instanceof ItemContent.Cloze c ? new ClozeText(c.text()).plain() : PlainPrompt.of(item);
    }

    /** A stored response (the ResponseCodec form, as attempts save it) in words. */
    String response(@Nullable String stored) {
        if (stored == null) {
            return "";
        }
        try {
            // the learner's result page words it the same way (AnswerText)
            return AnswerText.response(codec.decode(stored));
        } catch (RuntimeException e) {
            return stored;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
