package app.flashpoint.deck;

import app.flashpoint.core.bank.Item;
import app.flashpoint.core.generate.cards.AnswerShape;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.PlainPrompt;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * An item as the API gives it: offsets index the document's text so that text.substring(start, end) == quote;
 * {@code cards} are the cards it makes (both directions of a reversible card, one per cloze deletion), each with
 * the key and answer shape {@code POST /api/items/{id}/check} takes.
 */
@Serdeable
record ItemResponse(String id, String type, String keyPoint, String bloom, Map<String, Object> content,
                    String explanation, List<Source> sources, List<CardKey> cards) {

    static ItemResponse of(Item item, List<Card> cards) {
        return new ItemResponse(item.id(), item.type().yamlName(), item.keyPoint(), item.bloom().yamlName(),
                item.content().toMap(), item.explanation(),
                item.sources().stream().map(s -> new Source(s.document(), s.quote(), s.start(), s.end())).toList(),
                cards.stream().map(c -> new CardKey(c.id(), PlainPrompt.of(c.face()), AnswerShape.of(c).code()))
                        .toList());
    }

    /** {@code answerKind}: text, choice, truth, order, pairs, or self_rated (nothing to check). */
    @Serdeable
    record CardKey(String key, String prompt, String answerKind) {
    }

    @Serdeable
    record Source(String document, String quote, int start, int end) {
    }
}
