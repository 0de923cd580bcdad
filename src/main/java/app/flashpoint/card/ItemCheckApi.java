package app.flashpoint.card;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.generate.cards.AnswerShape;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.Grade;
import app.flashpoint.core.generate.cards.Grader;
import app.flashpoint.core.generate.cards.Response;
import app.flashpoint.deck.DeckAccess;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.quiz.AnswerText;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Marks one answer to a published item's card with the marker study, self-tests and assignments use, and
 * records nothing. {@code card} is one of the keys {@code GET /api/decks/{slug}/items} lists for the item
 * (needed when the item makes several cards); {@code response} has the card's answer shape: a string (typed
 * text, the chosen option's text, "true"/"false"), an array of strings (an order) or an object (left: right).
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/items")
@Produces(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
class ItemCheckApi {
    private final DeckCatalog catalog;
    private final StudyDecks decks;
    private final DeckAccess access;

    ItemCheckApi(DeckCatalog catalog, StudyDecks decks, DeckAccess access) {
        this.catalog = catalog;
        this.decks = decks;
        this.access = access;
    }

    @Serdeable
    record Check(@Nullable String card, @Nullable JsonNode response) {
    }

    /** {@code feedback} is left out when the verdict says it all. */
    @Serdeable
    record Verdict(String verdict, double score, String expected, @Nullable String feedback) {
    }

    @Post(value = "/{id}/check", consumes = MediaType.APPLICATION_JSON)
    Verdict check(String id, @Nullable @Body Check body, @Nullable Authentication authentication) {
        CurrentAccount viewer = CurrentAccount.ofNullable(authentication);
        List<Card> cards = cardsOf(id, viewer);
        if (body == null || body.response() == null || body.response().isNull()) {
            throw refused("send a JSON object with a response (and card, for an item with several cards)");
        }
        Card card = pick(cards, body.card());
        Grade grade = Grader.grade(card, response(card, body.response()));
        return new Verdict(grade.mark().name().toLowerCase(Locale.ROOT), grade.score(),
                AnswerText.correctAnswer(card.face()), grade.feedback().isEmpty() ? null : grade.feedback());
    }

    /** The item's cards, from its deck; a 404 for an unknown or unpublished item or a deck the viewer may not see. */
    private List<Card> cardsOf(String itemId, @Nullable CurrentAccount viewer) {
        String slug = catalog.deckOfPublished(itemId).orElseThrow(() -> NotFoundException.of("item", itemId));
        if (!access.maySee(slug, viewer)) {
            throw NotFoundException.of("item", itemId);
        }
        return decks.of(slug, viewer).cards().stream().filter(c -> c.itemId().equals(itemId)).toList();
    }

    private static Card pick(List<Card> cards, @Nullable String key) {
        if (key == null || key.isBlank()) {
            if (cards.size() == 1) {
                return cards.get(0);
            }
            throw refused("this item has " + cards.size() + " cards: say which with card, one of "
                    + cards.stream().map(Card::id).toList());
        }
        return cards.stream().filter(c -> c.id().equals(key)).findFirst()
                .orElseThrow(() -> refused("no card " + key + " in this item; its cards are "
                        + cards.stream().map(Card::id).toList()));
    }

    private static Response response(Card card, JsonNode given) {
        AnswerShape shape = AnswerShape.of(card);
        switch (shape) {
            case TEXT -> {
                return new Response.Typed(text(given, shape));
            }
            case CHOICE -> {
                return new Response.Choice(text(given, shape));
            }
            case TRUTH -> {
                if (given.isBoolean()) {
                    return new Response.Truth(given.getBooleanValue());
                }
                String text = text(given, shape).strip().toLowerCase(Locale.ROOT);
                if (!text.equals("true") && !text.equals("false")) {
                    throw refused("a true/false card's response is true or false");
                }
                return new Response.Truth(text.equals("true"));
            }
            case ORDER -> {
                if (!given.isArray()) {
                    throw refused("an ordering card's response is an array of its elements in order");
                }
                var order = new ArrayList<String>();
                for (JsonNode element : given.values()) {
                    order.add(text(element, shape));
                }
                return new Response.Order(order);
            }
            case PAIRS -> {
                if (!given.isObject()) {
                    throw refused("a matching card's response is an object of left: right");
                }
                var pairs = new LinkedHashMap<String, String>();
                for (Map.Entry<String, JsonNode> pair : given.entries()) {
                    pairs.put(pair.getKey(), text(pair.getValue(), shape));
                }
                return new Response.Matches(pairs);
            }
            default -> throw refused("card " + card.id() + " is rated by its learner: it has no answer to check");
        }
    }

    private static String text(JsonNode node, AnswerShape shape) {
        if (!node.isString()) {
            throw refused("a " + shape.code() + " response here is a string");
        }
        return node.getStringValue();
    }

    private static HttpStatusException refused(String reason) {
        return new HttpStatusException(HttpStatus.BAD_REQUEST, reason);
    }
}
