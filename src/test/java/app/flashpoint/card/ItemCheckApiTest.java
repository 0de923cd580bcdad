package app.flashpoint.card;

import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.generate.cards.AnswerShape;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.CardFace;
import app.flashpoint.core.generate.cards.Option;
import app.flashpoint.support.SharedApp;
import app.flashpoint.support.Viewers;
import app.flashpoint.support.WebSession;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/items/{id}/check through the server: the study marker's verdicts, shapes refused with a reason. */
@SharedApp
class ItemCheckApiTest {
    private static final String SLUG = "luo-interview";
    private static final Argument<List<Map<String, Object>>> LIST =
            Argument.listOf(Argument.mapOf(String.class, Object.class));
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    @Inject
    EmbeddedServer server;
    @Inject
    StudyDecks decks;
    @Inject
    JsonMapper json;

    @Test
    void theItemListNamesEveryCardWithItsKeyPromptAndAnswerKind() {
        List<Map<String, Object>> items = read(web().getJson("/api/decks/" + SLUG + "/items").body(), LIST);
        assertThat(cards(byId(items, "us-cvid-reversible"))).hasSize(2)
                .allSatisfy(c -> assertThat((String) c.get("key")).startsWith("us-cvid-reversible#"));
        assertThat(cards(byId(items, "three-nos-cloze-instability"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("answerKind", "text").containsEntry("prompt",
                        "Luo interview – China’s core interests on North Korea: no war, no […], no nukes."));
        assertThat(cards(byId(items, "us-cvid-short-answer"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("answerKind", "text"));
        int listed = items.stream().mapToInt(i -> cards(i).size()).sum();
        assertThat(listed).isEqualTo(decks.of(SLUG, Viewers.ADMIN).cards().size());
    }

    @Test
    void everyCheckableCardsOwnAnswerIsCorrectAndADistractorWrong() {
        int checked = 0;
        int selfRated = 0;
        for (Card card : decks.of(SLUG, Viewers.ADMIN).cards()) {
            if (AnswerShape.of(card) == AnswerShape.SELF_RATED) {
                assertRefused(check(card.itemId(), card.id(), "anything"), 400, "rated by its learner");
                selfRated++;
                continue;
            }
            HttpResponse<String> response = check(card.itemId(), card.id(), rightAnswer(card));
            assertThat(response.statusCode()).as(card.id()).isEqualTo(200);
            assertThat(read(response.body(), MAP)).as(card.id()).containsEntry("verdict", "correct")
                    .containsEntry("score", 1.0).doesNotContainKey("feedback").containsKey("expected");
            checked++;
            if (card.face() instanceof CardFace.MultipleChoice mc) {
                String distractor = mc.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().text();
                assertThat(read(check(card.itemId(), card.id(), distractor).body(), MAP))
                        .containsEntry("verdict", "wrong").containsEntry("score", 0.0);
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(selfRated).isPositive();
    }

    @Test
    void theCasesLearnersMetAreMarkedAsATeacherWould() {
        assertVerdict("three-nos-cloze-instability", null, "chaos", "correct");
        assertVerdict("three-nos-cloze-instability", null, "instabilty", "close");
        assertVerdict("three-nos-cloze-instability", null, "nukes", "wrong");
        assertVerdict("us-cvid-short-answer", null, "cvid", "correct");
        assertVerdict("us-cvid-short-answer", null, "", "wrong");
        assertVerdict("us-cvid-short-answer", null, "x".repeat(100_000), "wrong");
        Card cvidFront = decks.of(SLUG, Viewers.ADMIN).cards().stream()
                .filter(c -> c.face() instanceof CardFace.FrontBack fb && fb.front().startsWith("CVID"))
                .findFirst().orElseThrow();
        assertVerdict("us-cvid-reversible", cvidFront.id(), "Complete, Verifiable, Irreversible Denuclearization",
                "correct");
    }

    @Test
    void partCreditForAnOrderAndPerPair() {
        Card ordering = first(CardFace.Ordering.class);
        List<String> sequence = ((CardFace.Ordering) ordering.face()).sequence();
        List<String> lastTwoSwapped = new ArrayList<>(sequence);
        Collections.swap(lastTwoSwapped, sequence.size() - 1, sequence.size() - 2);
        int n = sequence.size();
        assertThat(read(check(ordering.itemId(), ordering.id(), lastTwoSwapped).body(), MAP))
                .containsEntry("score", (double) (n - 1) / n)
                .containsEntry("feedback", (n - 1) + " of " + n + " items in the right order.");

        Card matching = first(CardFace.Matching.class);
        List<ItemContent.Pair> pairs = ((CardFace.Matching) matching.face()).pairs();
        Map<String, String> swapped = new LinkedHashMap<>();
        pairs.forEach(p -> swapped.put(p.left(), p.right()));
        swapped.put(pairs.get(0).left(), pairs.get(1).right());
        swapped.put(pairs.get(1).left(), pairs.get(0).right());
        Map<String, Object> result = read(check(matching.itemId(), matching.id(), swapped).body(), MAP);
        assertThat((Double) result.get("score")).isEqualTo((double) (pairs.size() - 2) / pairs.size());
        assertThat((String) result.get("expected")).contains(pairs.get(0).left()).contains(pairs.get(0).right());
    }

    @Test
    void aResponseOfTheWrongShapeIsA400WithAReasonAndAnUnknownItemA404() {
        Card ordering = first(CardFace.Ordering.class);
        Card matching = first(CardFace.Matching.class);
        assertRefused(check(ordering.itemId(), ordering.id(), "one string"), 400, "array");
        assertRefused(check(matching.itemId(), matching.id(), List.of("a")), 400, "left: right");
        assertRefused(check("us-cvid-short-answer", null, List.of("CVID")), 400, "string");
        assertRefused(check("us-cvid-reversible", null, "CVID"), 400, "us-cvid-reversible#");
        assertRefused(check("us-cvid-reversible", "no-such-card", "CVID"), 400, "no-such-card");
        assertRefused(web().postJson("/api/items/us-cvid-short-answer/check", "{\"card\": null}", ""), 400,
                "response");
        assertRefused(check("no-such-item", null, "x"), 404, "no-such-item");
    }

    private void assertVerdict(String itemId, String card, String response, String verdict) {
        HttpResponse<String> checked = check(itemId, card, response);
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        assertThat(read(checked.body(), MAP)).as(itemId + ": " + response.substring(0, Math.min(40, response.length())))
                .containsEntry("verdict", verdict);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(reason);
    }

    private HttpResponse<String> check(String itemId, String card, Object response) {
        var body = new LinkedHashMap<String, Object>();
        if (card != null) {
            body.put("card", card);
        }
        body.put("response", response);
        try {
            return web().postJson("/api/items/" + URLEncoder.encode(itemId, StandardCharsets.UTF_8) + "/check",
                    json.writeValueAsString(body), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object rightAnswer(Card card) {
        CardFace face = card.face();
        if (face instanceof CardFace.FrontBack fb) {
            return fb.back();
        } else if (face instanceof CardFace.Cloze c) {
            return c.answer();
        } else if (face instanceof CardFace.TypeIn ti) {
            return ti.accepted().get(0);
        } else if (face instanceof CardFace.MultipleChoice mc) {
            return mc.options().stream().filter(Option::correct).findFirst().orElseThrow().text();
        } else if (face instanceof CardFace.TrueFalse tf) {
            return tf.answer();
        } else if (face instanceof CardFace.Ordering o) {
            return o.sequence();
        }
        var pairs = new LinkedHashMap<String, String>();
        ((CardFace.Matching) face).pairs().forEach(p -> pairs.put(p.left(), p.right()));
        return pairs;
    }

    private Card first(Class<? extends CardFace> kind) {
        return decks.of(SLUG, Viewers.ADMIN).cards().stream().filter(c -> kind.isInstance(c.face())).findFirst()
                .orElseThrow();
    }

    private WebSession web() {
        return new WebSession(URI.create(server.getURL() + "/"));
    }

    private static Map<String, Object> byId(List<Map<String, Object>> items, String id) {
        return items.stream().filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cards(Map<String, Object> item) {
        return (List<Map<String, Object>>) item.get("cards");
    }

    private <T> T read(String body, Argument<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
