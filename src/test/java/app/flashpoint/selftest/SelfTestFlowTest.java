package app.flashpoint.selftest;

import app.flashpoint.quiz.Blueprint;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemType;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.generate.cards.CardFace;
import app.flashpoint.core.generate.cards.Cards;
import app.flashpoint.core.generate.cards.Markable;
import app.flashpoint.core.generate.cards.Option;
import app.flashpoint.core.generate.quiz.QuizQuestion;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import app.flashpoint.support.SharedApp;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Self-tests through the embedded server, as a learner's browser would use them (cookies, CSRF, redirects). */
@SharedApp
class SelfTestFlowTest {
    private static final String DECK = "luo-interview";

    @Inject
    EmbeddedServer server;
    @Inject
    SelfTestRepository tests;
    @Inject
    SelfTestAnswerRepository answers;
    @Inject
    SelfTests selfTests;
    @Inject
    DeckCatalog catalog;
    @Inject
    DataSource dataSource;

    private WebSession guest() {
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/decks/" + DECK);
        assertThat(web.post("/guest", Map.of()).statusCode()).isEqualTo(303);
        web.get("/decks/" + DECK);
        return web;
    }

    private Deck deck() {
        return catalog.bankDeck(DECK).orElseThrow();
    }

    /** Starts a test with the given form fields and answers its id. */
    private long start(WebSession web, Map<String, String> fields) {
        web.get("/decks/" + DECK + "/self-test/new");
        HttpResponse<String> created = web.post("/decks/" + DECK + "/self-test", fields);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/self-tests/\\d+");
        return Long.parseLong(location.substring("/self-tests/".length()));
    }

    private SelfTestRow row(long id) {
        return tests.findById(id).orElseThrow();
    }

    private List<QuizQuestion> questions(long id) {
        return selfTests.quiz(row(id), deck()).questions();
    }

    /** The form fields of a right (or wrong) answer to a true/false or multiple-choice question. */
    private static Map<String, String> answer(QuizQuestion q, boolean right) {
        CardFace face = q.card().face();
        if (face instanceof CardFace.TrueFalse tf) {
            return Map.of("truth", String.valueOf(tf.answer() == right));
        }
        var mc = (CardFace.MultipleChoice) face;
        return Map.of("choice", mc.options().stream().filter(o -> o.correct() == right).map(Option::text)
                .findFirst().orElseThrow());
    }

    private HttpResponse<String> post(WebSession web, long id, QuizQuestion q, boolean right) {
        web.get("/self-tests/" + id + "/questions/" + q.number());
        return web.post("/self-tests/" + id + "/questions/" + q.number(), answer(q, right));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** A family with at least {@code n} items of {@code type}. */
    private String familyWith(ItemType type, int n) {
        Deck deck = deck();
        var counts = new HashMap<String, Integer>();
        for (Item i : deck.items()) {
            if (i.type() == type) {
                String family = deck.keyPoints().stream().filter(k -> k.id().equals(i.keyPoint()))
                        .map(KeyPoint::family).findFirst().orElseThrow();
                counts.merge(family, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= n).map(Map.Entry::getKey).sorted()
                .findFirst().orElseThrow();
    }

    private Connection connection() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }

    private List<Integer> testRatings(long accountId, Set<String> itemIds) throws SQLException {
        var ratings = new ArrayList<Integer>();
        try (var c = connection(); var s = c.prepareStatement(
                "SELECT item_id, rating FROM review_log WHERE account_id = ? AND mode = 'test' ORDER BY id")) {
            s.setLong(1, accountId);
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    assertThat(itemIds).contains(r.getString(1));
                    ratings.add(r.getInt(2));
                }
            }
        }
        return ratings;
    }

    private long count(String sql, long accountId) throws SQLException {
        try (var c = connection(); var s = c.prepareStatement(sql)) {
            s.setLong(1, accountId);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void aBlueprintedTestIsAnsweredRightAndWrongAndScoredPerKeyPoint() throws SQLException {
        WebSession web = guest();
        String family = familyWith(ItemType.TRUE_FALSE, 3);
        long id = start(web, Map.of("questions", "3", "family", family, "kind", "true_false", "feedback", "immediate"));

        SelfTestRow test = row(id);
        Blueprint blueprint = selfTests.blueprint(test);
        assertThat(blueprint).isEqualTo(new Blueprint(Set.of(), Set.of(family), Set.of("true_false"), 3));
        List<QuizQuestion> questions = questions(id);
        assertThat(questions).hasSize(3).allSatisfy(q -> assertThat(q.item().type()).isEqualTo(ItemType.TRUE_FALSE));
        Set<String> familyKeyPoints = new HashSet<>();
        deck().keyPoints().stream().filter(k -> k.family().equals(family)).forEach(k -> familyKeyPoints.add(k.id()));
        assertThat(questions).allSatisfy(q -> assertThat(familyKeyPoints).contains(q.item().keyPoint()));

        assertThat(location(web.get("/self-tests/" + id))).isEqualTo("/self-tests/" + id + "/questions/1");
        String page = web.get("/self-tests/" + id + "/questions/1").body();
        assertThat(page).contains("Question 1 of 3").contains("name=\"truth\"").contains("name=\"csrfToken\"");

        QuizQuestion first = questions.get(0);
        HttpResponse<String> answered = post(web, id, first, true);
        assertThat(answered.statusCode()).isEqualTo(303);
        assertThat(location(answered)).isEqualTo("/self-tests/" + id + "/questions/1");
        String feedback = web.get(location(answered)).body();
        assertThat(feedback).contains("aria-live=\"polite\"").contains(">Right<")
                .contains(escaped(first.item().explanation()))
                .contains("/documents/" + first.item().sources().get(0).document() + "#q-" + first.item().id() + "-0");

        QuizQuestion second = questions.get(1);
        post(web, id, second, false);
        assertThat(web.get("/self-tests/" + id + "/questions/2").body()).contains(">Wrong<").contains("The answer:");

        HttpResponse<String> last = post(web, id, questions.get(2), true);
        assertThat(location(last)).isEqualTo("/self-tests/" + id + "/questions/3");
        assertThat(row(id).finished()).isTrue();
        assertThat(row(id).score()).isEqualTo(2.0);

        String results = web.get("/self-tests/" + id + "/results").body();
        assertThat(results).contains("2 of 3").contains("(67%)").contains("Retake with a new draw")
                .contains("#q-" + second.item().id() + "-0");
        String secondTitle = deck().keyPoints().stream().filter(k -> k.id().equals(second.item().keyPoint()))
                .map(KeyPoint::title).findFirst().orElseThrow();
        assertThat(results).contains(escaped(secondTitle)).contains("data-key-point=\"" + second.item().keyPoint() + "\"");
        assertThat(web.get("/self-tests").body()).contains("/self-tests/" + id + "/results").contains("2 of 3");

        long account = test.accountId();
        Set<String> items = new HashSet<>();
        questions.forEach(q -> items.add(q.item().id()));
        assertThat(testRatings(account, items)).containsExactly(3, 1, 3);
        assertThat(count("SELECT COUNT(*) FROM card_state WHERE account_id = ?", account)).isZero();
        assertThat(count("SELECT COUNT(*) FROM review_log WHERE account_id = ? AND mode <> 'test'", account)).isZero();
    }

    /** The form fields of the right answer to any card, as the question page names its controls. */
    private static Map<String, String> rightFields(QuizQuestion q) {
        CardFace face = q.card().face();
        var fields = new HashMap<String, String>();
        if (face instanceof CardFace.Ordering o) {
            for (int i = 0; i < o.sequence().size(); i++) {
                fields.put("element-" + (i + 1), o.sequence().get(i));
                fields.put("place-" + (i + 1), String.valueOf(i + 1));
            }
        } else if (face instanceof CardFace.Matching m) {
            for (int i = 0; i < m.pairs().size(); i++) {
                fields.put("match-" + i, m.pairs().get(i).right());
            }
        } else if (face instanceof CardFace.TypeIn t) {
            fields.put("typed", t.accepted().get(0));
        } else if (face instanceof CardFace.Cloze c) {
            fields.put("typed", c.answer());
        } else if (face instanceof CardFace.FrontBack fb) {
            fields.put("typed", fb.back());
        } else {
            fields.putAll(answer(q, true));
        }
        return fields;
    }

    @Test
    void everyKindOfQuestionIsShownWithItsControlsAndGraded() {
        WebSession web = guest();
        Map<String, String> controls = Map.of("ordering", "name=\"place-1\"", "matching", "name=\"match-0\"",
                "short_answer", "id=\"typed\"", "cloze", "class=\"blank\"", "basic", "id=\"typed\"",
                "reversible", "id=\"typed\"", "true_false", "name=\"truth\"", "multiple_choice", "name=\"choice\"");
        controls.forEach((kind, control) -> {
            long id = start(web, Map.of("questions", "1", "kind", kind, "feedback", "immediate"));
            QuizQuestion q = questions(id).get(0);
            assertThat(web.get("/self-tests/" + id + "/questions/1").body()).as(kind).contains(control)
                    .contains("<label");
            assertThat(web.post("/self-tests/" + id + "/questions/1", Map.of()).statusCode()).as(kind).isEqualTo(422);
            HttpResponse<String> answered = web.post("/self-tests/" + id + "/questions/1", rightFields(q));
            assertThat(answered.statusCode()).as(kind).isEqualTo(303);
            assertThat(answers.findBySelfTestIdOrderByNumber(id)).as(kind).singleElement()
                    .satisfies(a -> assertThat(a.mark()).isEqualTo("CORRECT"));
            assertThat(web.get(location(answered)).body()).as(kind).contains(">Right<");
        });
    }

    /**
     * A flashcard too long to type (in the interview deck, one direction of a reversible card) is never asked
     * unless the form asks for self-marked cards; then it is, and the learner marks it. A quiz draws one card
     * per item at random, so tests are started until the long one is drawn.
     */
    @Test
    void longAnswerFlashcardsAreAskedOnlyWhenChosenAndTheLearnerMarksThem() {
        WebSession web = guest();
        List<Item> reversible = deck().items().stream().filter(i -> i.type() == ItemType.REVERSIBLE).toList();
        assertThat(reversible.stream().flatMap(i -> Cards.of(i, deck()).stream()).filter(c -> !Markable.isTyped(c)))
                .as("reversible cards of the bank with a long answer").isNotEmpty();
        Map<String, String> all = Map.of("questions", String.valueOf(reversible.size()), "kind", "reversible",
                "feedback", "immediate");
        for (int i = 0; i < 5; i++) {
            assertThat(questions(start(web, all))).allMatch(q -> Markable.isTyped(q.card()));
        }

        var selfMarked = new HashMap<>(all);
        selfMarked.put("selfMarked", "on");
        QuizQuestion q = null;
        long id = 0;
        for (int tries = 0; tries < 30 && q == null; tries++) {
            id = start(web, selfMarked);
            q = questions(id).stream().filter(c -> !Markable.isTyped(c.card())).findFirst().orElse(null);
        }
        assertThat(q).as("a long card drawn in 30 self-marked tests").isNotNull();
        String page = web.get("/self-tests/" + id + "/questions/" + q.number()).body();
        assertThat(page).contains("<summary>Show the answer</summary>")
                .contains(escaped(((CardFace.FrontBack) q.card().face()).back()))
                .contains("name=\"recall\" value=\"knew\"").contains("name=\"recall\" value=\"missed\"")
                .doesNotContain("id=\"typed\"");
        HttpResponse<String> answered = web.post("/self-tests/" + id + "/questions/" + q.number(),
                Map.of("recall", "missed"));
        assertThat(answered.statusCode()).isEqualTo(303);
        assertThat(answers.findBySelfTestIdOrderByNumber(id)).singleElement()
                .satisfies(a -> assertThat(a.mark()).isEqualTo("WRONG"))
                .satisfies(a -> assertThat(a.response()).isEqualTo("{\"recalled\":false}"));
        assertThat(web.get(location(answered)).body()).contains("Wrong. You marked this one yourself.")
                .contains("I did not know it");
    }

    @Test
    void aDoubleSubmittedAnswerIsRecordedOnceAndTheFirstCounts() throws SQLException {
        WebSession web = guest();
        long id = start(web, Map.of("questions", "2", "kind", "multiple_choice", "feedback", "end"));
        QuizQuestion q = questions(id).get(0);

        HttpResponse<String> once = post(web, id, q, true);
        HttpResponse<String> twice = web.post("/self-tests/" + id + "/questions/1", answer(q, true));
        HttpResponse<String> changed = web.post("/self-tests/" + id + "/questions/1", answer(q, false));

        assertThat(once.statusCode()).isEqualTo(303);
        assertThat(location(once)).as("end-of-test feedback goes straight on").isEqualTo("/self-tests/" + id + "/questions/2");
        assertThat(twice.statusCode()).isEqualTo(303);
        assertThat(changed.statusCode()).isEqualTo(303);
        List<SelfTestAnswerRow> saved = answers.findBySelfTestIdOrderByNumber(id);
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).mark()).isEqualTo("CORRECT");
        assertThat(count("SELECT COUNT(*) FROM review_log WHERE account_id = ? AND mode = 'test'", row(id).accountId()))
                .isEqualTo(1);
        assertThat(web.get("/self-tests/" + id + "/questions/1").body()).contains("Your answer is saved")
                .doesNotContain(">Right<");
    }

    @Test
    void tooFewItemsIsExplainedInTheFormAndBadInputIsMarked() {
        WebSession web = guest();
        web.get("/decks/" + DECK + "/self-test/new");
        HttpResponse<String> shortage = web.post("/decks/" + DECK + "/self-test",
                Map.of("questions", "50", "kind", "ordering", "feedback", "immediate"));

        // the count is the deck's own, so a revised bank moves it (issue 15 left two orderings)
        long orderings = deck().items().stream().filter(i -> i.type() == ItemType.ORDERING).count();
        assertThat(orderings).as("the deck has orderings, fewer than 50").isBetween(1L, 49L);
        assertThat(shortage.statusCode()).isEqualTo(422);
        assertThat(shortage.body()).contains("Not enough questions: asked for 50 questions of kinds [ordering]")
                .contains("only " + orderings + (orderings == 1 ? " item" : " items") + " match").contains("value=\"50\"").contains("role=\"alert\"");

        HttpResponse<String> invalid = web.post("/decks/" + DECK + "/self-test",
                Map.of("questions", "0", "timed", "on", "minutes", "", "feedback", "immediate"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("Enter a whole number of questions from 1 to 50.")
                .contains("Enter a time limit from 1 to 180 minutes.").contains("aria-invalid=\"true\"");
    }

    /** The form is bound to a record: repeated checkboxes arrive as lists, a bad choice keeps what was typed. */
    @Test
    void repeatedCheckboxesAreAllTakenAndABadFeedbackChoiceIsMarked() {
        WebSession web = guest();
        web.get("/decks/" + DECK + "/self-test/new");
        List<KeyPoint> points = deck().keyPoints();
        String first = points.get(0).id();
        String second = points.get(1).id();
        HttpResponse<String> created = web.postBody("/decks/" + DECK + "/self-test",
                "application/x-www-form-urlencoded", "csrfToken=" + web.csrfToken() + "&keyPoint=" + first
                        + "&keyPoint=" + second + "&kind=true_false&kind=multiple_choice&kind=&questions=+2+"
                        + "&feedback=end");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        long id = Long.parseLong(created.headers().firstValue("Location").orElseThrow().substring("/self-tests/".length()));
        Blueprint blueprint = selfTests.blueprint(row(id));
        assertThat(blueprint.keyPoints()).containsExactlyInAnyOrder(first, second);
        assertThat(blueprint.kinds()).containsExactlyInAnyOrder("true_false", "multiple_choice");
        assertThat(row(id).feedback()).isEqualTo("end");

        web.get("/decks/" + DECK + "/self-test/new");
        HttpResponse<String> refused = web.post("/decks/" + DECK + "/self-test",
                Map.of("questions", "7", "feedback", "later", "keyPoint", "no-such-point"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Choose when to see whether your answers are right.")
                .contains("Choose key points and families of this deck.").contains("value=\"7\"")
                .doesNotContain("Enter a whole number of questions");
    }

    @Test
    void aTimedTestRefusesAnswersAfterItsDeadlineAndFinishesWithWhatWasSaved() {
        WebSession web = guest();
        long id = start(web, Map.of("questions", "3", "kind", "true_false", "timed", "on", "minutes", "1",
                "feedback", "immediate"));
        List<QuizQuestion> questions = questions(id);
        post(web, id, questions.get(0), true);
        assertThat(answers.findBySelfTestIdOrderByNumber(id)).hasSize(1);

        // the test began two minutes ago: its one-minute limit has passed
        SelfTestRow r = row(id);
        tests.update(new SelfTestRow(r.id(), r.accountId(), r.deckSlug(), r.blueprint(), r.seed(), r.questions(),
                r.questionCount(), r.timeLimitSeconds(), r.feedback(), System.currentTimeMillis() - 120_000, null, null));

        HttpResponse<String> late = web.post("/self-tests/" + id + "/questions/2", answer(questions.get(1), true));

        assertThat(late.statusCode()).isEqualTo(303);
        assertThat(location(late)).isEqualTo("/self-tests/" + id + "/results?late=1");
        assertThat(answers.findBySelfTestIdOrderByNumber(id)).hasSize(1);
        SelfTestRow finished = row(id);
        assertThat(finished.finishedAt()).isEqualTo(finished.deadline());
        assertThat(finished.score()).isEqualTo(1.0);
        assertThat(web.get(location(late)).body()).contains("The time was up").contains("1 of 3");
        assertThat(location(web.get("/self-tests/" + id + "/questions/3"))).isEqualTo("/self-tests/" + id + "/results");
        // the answered question can still be read, with no clock ticking on a finished test
        HttpResponse<String> review = web.get("/self-tests/" + id + "/questions/1");
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body()).contains("class=\"verdict").doesNotContain("id=\"timer\"");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        WebSession web = guest();
        HttpResponse<String> create = web.postRaw("/decks/" + DECK + "/self-test",
                Map.of("questions", "2", "feedback", "immediate"));
        assertThat(create.statusCode()).isEqualTo(403);

        long id = start(web, Map.of("questions", "2", "kind", "true_false", "feedback", "immediate"));
        QuizQuestion q = questions(id).get(0);
        assertThat(web.postRaw("/self-tests/" + id + "/questions/1", answer(q, true)).statusCode()).isEqualTo(403);
        assertThat(web.postRaw("/self-tests/" + id + "/finish", Map.of()).statusCode()).isEqualTo(403);
        assertThat(web.postRaw("/self-tests/" + id + "/retake", Map.of()).statusCode()).isEqualTo(403);
        assertThat(answers.findBySelfTestIdOrderByNumber(id)).isEmpty();
        assertThat(row(id).finished()).isFalse();
    }

    @Test
    void anotherLearnerGets404ForEveryRouteOfATest() {
        WebSession owner = guest();
        long id = start(owner, Map.of("questions", "2", "kind", "true_false", "feedback", "immediate"));
        QuizQuestion q = questions(id).get(0);

        WebSession other = guest();
        String base = "/self-tests/" + id;
        assertThat(other.get(base).statusCode()).isEqualTo(404);
        assertThat(other.get(base + "/questions/1").statusCode()).isEqualTo(404);
        assertThat(other.get(base + "/results").statusCode()).isEqualTo(404);
        other.get("/self-tests");
        assertThat(other.post(base + "/questions/1", answer(q, true)).statusCode()).isEqualTo(404);
        assertThat(other.post(base + "/finish", Map.of()).statusCode()).isEqualTo(404);
        assertThat(other.post(base + "/retake", Map.of()).statusCode()).isEqualTo(404);
        assertThat(other.get("/self-tests").body()).doesNotContain(base);
        assertThat(answers.findBySelfTestIdOrderByNumber(id)).isEmpty();
        assertThat(row(id).finished()).isFalse();
        assertThat(owner.get(base + "/questions/1").statusCode()).isEqualTo(200);
    }

    @Test
    void aVisitorIsSentToSignInFirst() {
        var visitor = new WebSession(URI.create(server.getURL() + "/"));
        HttpResponse<String> response = visitor.get("/decks/" + DECK + "/self-test/new");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).startsWith("/login?next=");
    }

    @Test
    void aRetakeDrawsOtherItemsWithTheSameChoices() {
        WebSession web = guest();
        long id = start(web, Map.of("questions", "3", "kind", "true_false", "feedback", "end"));
        web.get(web.post("/self-tests/" + id + "/finish", Map.of()).headers().firstValue("Location").orElseThrow());

        HttpResponse<String> retake = web.post("/self-tests/" + id + "/retake", Map.of());

        assertThat(retake.statusCode()).isEqualTo(303);
        long next = Long.parseLong(location(retake).substring("/self-tests/".length()));
        assertThat(next).isNotEqualTo(id);
        assertThat(row(next).blueprint()).isEqualTo(row(id).blueprint());
        assertThat(row(next).seed()).isNotEqualTo(row(id).seed());
        Set<String> before = new HashSet<>();
        questions(id).forEach(q -> before.add(q.item().id()));
        assertThat(questions(next)).hasSize(3).noneSatisfy(q -> assertThat(before).contains(q.item().id()));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
