package app.flashpoint.study;

import app.flashpoint.card.DeckCards;
import app.flashpoint.card.StudyDecks;

import app.flashpoint.history.ReviewLogRow;
import app.flashpoint.history.ReviewLogRepository;
import app.flashpoint.history.CardStateRow;
import app.flashpoint.history.CardStateRepository;

import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.core.fsrs.SchedulerSettings;
import app.flashpoint.core.fsrs.State;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.CardFace;
import app.flashpoint.core.generate.cards.CardKind;
import app.flashpoint.core.generate.cards.Option;
import app.flashpoint.core.generate.text.Seeds;
import app.flashpoint.support.MutableClock;
import app.flashpoint.support.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.flashpoint.support.PageParts.hiddenFields;
import static app.flashpoint.support.PageParts.shownCard;
import static org.assertj.core.api.Assertions.assertThat;

/** Daily study through the embedded server, with a clock moved by hand (the day starts at midnight UTC here). */
@MicronautTest(transactional = false)
@Property(name = "flashpoint.study.zone", value = "UTC")
class StudyFlowTest {
    private static final String SLUG = "luo-interview";
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2031-01-01T10:00:00Z"));

    @Inject
    EmbeddedServer server;
    @Inject
    CardStateRepository states;
    @Inject
    ReviewLogRepository logs;
    @Inject
    StudySettingsRepository settings;
    @Inject
    StudyDecks decks;
    @Inject
    StudyCache cache;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    /** Every test starts at 10:00 on a day of its own, so no test crosses midnight by accident. */
    @BeforeEach
    void nextDay() {
        Instant day = CLOCK.instant().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        CLOCK.set(day.plus(Duration.ofHours(10)));
    }

    // ---- queue and limits ----

    @Test
    void queueShowsLearningThenReviewsByLowestRetrievabilityThenNewCards() {
        Learner me = guest();
        List<Card> cards = decks.of(SLUG, null).cards();
        Instant now = CLOCK.instant();
        Card learning = cards.get(10);
        Card forgotten = cards.get(11);  // long overdue: lowest retrievability
        Card fresh = cards.get(12);      // due just now: higher retrievability
        Card later = cards.get(13);      // not due yet
        seed(me, learning, new CardState(State.LEARNING, 1, 2.3, 5, now.minusSeconds(60), now.minusSeconds(660), 2));
        seed(me, forgotten, new CardState(State.REVIEW, 0, 3, 5, now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(23)), 3));
        seed(me, fresh, new CardState(State.REVIEW, 0, 30, 5, now.minusSeconds(5), now.minus(Duration.ofDays(30)), 3));
        seed(me, later, new CardState(State.REVIEW, 0, 30, 5, now.plus(Duration.ofDays(2)), now.minus(Duration.ofDays(28)), 3));

        StudyQueue queue = study().queue(me.id, decks.of(SLUG, null));
        assertThat(queue.entries().subList(0, 4)).extracting(e -> e.card().id())
                .containsExactly(learning.id(), forgotten.id(), fresh.id(), cards.get(0).id());
        assertThat(queue.entries()).extracting(e -> e.card().id()).doesNotContain(later.id());
        assertThat(queue.learning()).isEqualTo(1);
        assertThat(queue.reviews()).isEqualTo(2);
        assertThat(queue.newCards()).isEqualTo(StudySettingsRow.DEFAULT_NEW_PER_DAY);

        HttpResponse<String> page = me.web.get("/study/" + SLUG);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(shownCard(page)).isEqualTo(learning.id());
        assertThat(page.body()).contains("20 new").contains("1 learning").contains("2 to review");
    }

    /** The home page says, per deck, what is left today and starts it in one click; a visitor sees none of it. */
    @Test
    void theHomePageShowsEachDecksDayAndStartsIt() {
        Learner me = guest();
        saveSettings(me, "0.9", "2", "200");
        assertThat(today(me.web.get("/").body())).contains("2 new").contains("0 learning")
                .contains("0 answered today").contains("href=\"/study/" + SLUG + "\"").contains(">Study now<");
        answerNext(me, Rating.GOOD);
        answerNext(me, Rating.GOOD);
        assertThat(today(me.web.get("/").body())).contains("0 new").contains("2 learning").contains("2 answered today");
        CLOCK.advance(Duration.ofMinutes(10));
        answerNext(me, Rating.EASY);
        answerNext(me, Rating.EASY);
        assertThat(today(me.web.get("/").body())).contains("Done for today.").doesNotContain(">Study now<");
        assertThat(new WebSession(URI.create(server.getURL() + "/")).get("/").body()).doesNotContain("data-today=");
    }

    /** The interview deck's "today" block of the home page (other tests add decks of their own). */
    private static String today(String home) {
        int start = home.indexOf("data-today=\"" + SLUG + "\"");
        assertThat(start).as("the deck's today block").isNotNegative();
        return home.substring(start, home.indexOf("</div>", start));
    }

    @Test
    void newCardLimitHoldsBackNewCardsUntilTomorrow() {
        Learner me = guest();
        saveSettings(me, "0.9", "2", "200");
        List<Card> cards = decks.of(SLUG, null).cards();
        assertThat(answerNext(me, Rating.GOOD)).isEqualTo(cards.get(0).id());
        assertThat(answerNext(me, Rating.GOOD)).isEqualTo(cards.get(1).id());

        HttpResponse<String> summary = me.web.get("/study/" + SLUG);
        assertThat(summary.body()).contains("data-testid=\"study-summary\"").contains("Done for now")
                .contains("in 10 minutes").contains("data-testid=\"cards-today\">2<");
        // both cards are still being learnt: counted as learning, and the summary counts down to the first
        assertThat(study().queue(me.id, decks.of(SLUG, null)).learning()).isEqualTo(2);
        assertThat(summary.body()).contains("data-testid=\"learning-countdown\"").contains("data-seconds=\"600\"")
                .doesNotContain("every card due in this deck");

        CLOCK.advance(Duration.ofMinutes(10));
        assertThat(shownCard(me.web.get("/study/" + SLUG))).isEqualTo(cards.get(0).id());
        answerNext(me, Rating.EASY);
        answerNext(me, Rating.EASY);
        assertThat(me.web.get("/study/" + SLUG).body()).contains("Done for now");

        CLOCK.advance(Duration.ofDays(1));
        StudyQueue tomorrow = study().queue(me.id, decks.of(SLUG, null));
        assertThat(tomorrow.newCards()).isEqualTo(2);
        assertThat(tomorrow.entries().get(0).card().id()).isEqualTo(cards.get(2).id());
    }

    @Test
    void reviewLimitCapsReviewsOfCardsLearntBeforeToday() {
        Learner me = guest();
        saveSettings(me, "0.9", "0", "2");
        List<Card> cards = decks.of(SLUG, null).cards();
        Instant now = CLOCK.instant();
        for (int i = 0; i < 3; i++) {
            Card card = cards.get(20 + i);
            seed(me, card, new CardState(State.REVIEW, 0, 5, 5, now.minus(Duration.ofHours(1 + i)),
                    now.minus(Duration.ofDays(5)), 1));
            logs.save(new ReviewLogRow(null, me.id, SLUG, card.itemId(), card.id(), "review", 3,
                    now.minus(Duration.ofDays(5)).toEpochMilli(), 1000, UUID.randomUUID().toString()));
        }
        cache.forget(me.id); // rows written behind the app's back
        assertThat(study().queue(me.id, decks.of(SLUG, null)).reviews()).isEqualTo(2);
        answerNext(me, Rating.GOOD);
        StudyQueue after = study().queue(me.id, decks.of(SLUG, null));
        assertThat(after.reviews()).isEqualTo(1);
        assertThat(after.newCards()).isZero();
        answerNext(me, Rating.GOOD);
        assertThat(me.web.get("/study/" + SLUG).body()).contains("Done for now");
    }

    // ---- answers ----

    @Test
    void ratingUpdatesCardStateExactlyAsTheSchedulerDoes() {
        Learner me = guest();
        saveSettings(me, "0.85", "20", "200");
        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults().withDesiredRetention(0.85));
        Card card = decks.of(SLUG, null).cards().get(0);
        long seed = Seeds.of(me.id, card.id());

        Instant t1 = CLOCK.instant();
        answer(me, card.id(), Rating.GOOD);
        CardState expected = scheduler.review(CardState.newCard(t1), Rating.GOOD, t1, seed).card();
        assertThat(stateOf(me, card)).isEqualTo(expected);

        for (Rating rating : List.of(Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.HARD)) {
            CLOCK.set(stateOf(me, card).due().plusSeconds(1234));
            Instant t = CLOCK.instant();
            answer(me, card.id(), rating);
            expected = scheduler.review(expected, rating, t, seed).card();
            assertThat(stateOf(me, card)).isEqualTo(expected);
        }
        CardStateRow row = states.findByAccountIdAndCardId(me.id, card.id()).orElseThrow();
        assertThat(row.lapses()).isEqualTo(1);
        assertThat(row.reps()).isEqualTo(5);
        assertThat(logs.cardLog(me.id, card.id())).hasSize(5).allSatisfy(r -> assertThat(r.durationMs()).isBetween(0, 600_000));
    }

    @Test
    void undoRemovesTheLastAnswerAndReplayEqualsLive() {
        Learner me = guest();
        Card card = decks.of(SLUG, null).cards().get(3);
        answer(me, card.id(), Rating.GOOD);
        CLOCK.advance(Duration.ofMinutes(11));
        answer(me, card.id(), Rating.GOOD);
        CLOCK.advance(Duration.ofHours(3));
        answer(me, card.id(), Rating.AGAIN);
        CardState live = stateOf(me, card);
        CardStateRow liveRow = states.findByAccountIdAndCardId(me.id, card.id()).orElseThrow();
        CLOCK.advance(Duration.ofMinutes(10));
        answer(me, card.id(), Rating.EASY);
        assertThat(logs.cardLog(me.id, card.id())).hasSize(4);

        HttpResponse<String> undone = me.web.post("/study/" + SLUG + "/undo", Map.of());
        assertThat(undone.statusCode()).isEqualTo(303);
        assertThat(undone.headers().firstValue("Location").orElseThrow())
                .isEqualTo("/study/" + SLUG + "?card=" + enc(card.id()) + "&undone=1");
        assertThat(logs.cardLog(me.id, card.id())).hasSize(3);
        assertThat(stateOf(me, card)).isEqualTo(live);
        assertThat(states.findByAccountIdAndCardId(me.id, card.id()).orElseThrow()).isEqualTo(liveRow);
        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults());
        assertThat(scheduler.replay(logs.cardLog(me.id, card.id()).stream().map(ReviewLogRow::toReview).toList(),
                Seeds.of(me.id, card.id()))).isEqualTo(live);
        assertThat(me.web.get(undone.headers().firstValue("Location").orElseThrow()).body())
                .contains("Your last answer was undone").contains("data-card=\"" + card.id() + "\"");

        for (int i = 0; i < 3; i++) {
            me.web.post("/study/" + SLUG + "/undo", Map.of());
        }
        assertThat(logs.cardLog(me.id, card.id())).isEmpty();
        assertThat(states.findByAccountIdAndCardId(me.id, card.id())).isEmpty();
        HttpResponse<String> nothingLeft = me.web.post("/study/" + SLUG + "/undo", Map.of());
        assertThat(nothingLeft.headers().firstValue("Location").orElseThrow()).isEqualTo("/study/" + SLUG);
    }

    @Test
    void aDoubleSubmissionIsRecordedOnce() {
        Learner me = guest();
        Card card = decks.of(SLUG, null).cards().get(4);
        Map<String, String> form = rateForm(me, card.id(), Map.of());
        form.put("rating", "3");
        HttpResponse<String> first = me.web.post("/study/" + SLUG + "/answers", form);
        HttpResponse<String> again = me.web.post("/study/" + SLUG + "/answers", form);
        form.put("rating", "1");
        HttpResponse<String> changedMind = me.web.post("/study/" + SLUG + "/answers", form);
        assertThat(List.of(first, again, changedMind)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).contains("/study/" + SLUG);
        });
        assertThat(logs.cardLog(me.id, card.id())).singleElement().satisfies(r -> assertThat(r.rating()).isEqualTo(3));

        // two tabs showed the same card, each with its own token: the first answer stands, the stale one is dropped
        Card other = decks.of(SLUG, null).cards().get(5);
        Map<String, String> tab1 = rateForm(me, other.id(), Map.of());
        Map<String, String> tab2 = rateForm(me, other.id(), Map.of());
        assertThat(tab1.get("token")).isNotEqualTo(tab2.get("token"));
        tab1.put("rating", "3");
        tab2.put("rating", "4");
        me.web.post("/study/" + SLUG + "/answers", tab1);
        assertThat(me.web.post("/study/" + SLUG + "/answers", tab2).statusCode()).isEqualTo(303);
        assertThat(logs.cardLog(me.id, other.id())).singleElement().satisfies(r -> assertThat(r.rating()).isEqualTo(3));
        assertThat(states.findByAccountIdAndCardId(me.id, other.id()).orElseThrow().reps()).isEqualTo(1);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        Learner me = guest();
        Card card = decks.of(SLUG, null).cards().get(6);
        Map<String, String> form = rateForm(me, card.id(), Map.of());
        form.put("rating", "3");
        form.remove("csrfToken");
        assertThat(me.web.postRaw("/study/" + SLUG + "/answers", form).statusCode()).isEqualTo(403);
        form.put("csrfToken", "abc.def");
        assertThat(me.web.postRaw("/study/" + SLUG + "/answers", form).statusCode()).isEqualTo(403);
        assertThat(logs.cardLog(me.id, card.id())).isEmpty();

        answer(me, card.id(), Rating.GOOD);
        assertThat(me.web.postRaw("/study/" + SLUG + "/undo", Map.of()).statusCode()).isEqualTo(403);
        assertThat(logs.cardLog(me.id, card.id())).hasSize(1);
        assertThat(me.web.postRaw("/study/" + SLUG + "/settings",
                Map.of("desiredRetention", "0.8", "newPerDay", "5", "reviewsPerDay", "50")).statusCode()).isEqualTo(403);
        assertThat(settings.findByAccountIdAndDeckSlug(me.id, SLUG)).isEmpty();
    }

    // ---- ownership ----

    @Test
    void aLearnerNeverSeesOrChangesAnotherLearnersStudy() {
        Learner alice = guest();
        Learner bob = guest();
        Card card = decks.of(SLUG, null).cards().get(7);
        Map<String, String> aliceForm = rateForm(alice, card.id(), Map.of());
        aliceForm.put("rating", "3");
        alice.web.post("/study/" + SLUG + "/answers", aliceForm);
        saveSettings(alice, "0.95", "7", "70");
        CardStateRow aliceState = states.findByAccountIdAndCardId(alice.id, card.id()).orElseThrow();

        // GET /study/{slug}: Bob's page shows his own queue and counts, not Alice's
        HttpResponse<String> bobPage = bob.web.get("/study/" + SLUG);
        assertThat(bobPage.body()).contains("20 new").contains("0 answered today").doesNotContain("Undo last answer");
        // GET /study/{slug}?card=…: the card is shared deck content, its state is Bob's (new, 0 reviews)
        assertThat(rateForm(bob, card.id(), Map.of()).get("reps")).isEqualTo("0");
        // POST /study/{slug}/undo: Bob has nothing to undo and cannot reach Alice's answer
        assertThat(bob.web.post("/study/" + SLUG + "/undo", Map.of()).headers().firstValue("Location"))
                .contains("/study/" + SLUG);
        assertThat(logs.cardLog(alice.id, card.id())).hasSize(1);
        // POST /study/{slug}/answers with Alice's used token: tokens are per learner, so it is Bob's own answer
        // to his own card, and Alice's rows are untouched
        Map<String, String> replayed = new HashMap<>(aliceForm);
        replayed.remove("csrfToken");
        replayed.put("rating", "1");
        bob.web.post("/study/" + SLUG + "/answers", replayed);
        assertThat(logs.cardLog(bob.id, card.id())).hasSize(1);
        assertThat(logs.cardLog(alice.id, card.id())).hasSize(1);
        assertThat(states.findByAccountIdAndCardId(alice.id, card.id()).orElseThrow()).isEqualTo(aliceState);
        // GET and POST /study/{slug}/settings: each learner has their own
        assertThat(bob.web.get("/study/" + SLUG + "/settings").body()).contains("value=\"0.9\"").contains("value=\"20\"");
        saveSettings(bob, "0.75", "3", "30");
        assertThat(settings.findByAccountIdAndDeckSlug(alice.id, SLUG).orElseThrow().desiredRetention()).isEqualTo(0.95);
        assertThat(alice.web.get("/study/" + SLUG + "/settings").body()).contains("value=\"0.95\"").contains("value=\"7\"");
        // and Bob's answers never show in Alice's day
        answer(bob, card.id(), Rating.AGAIN);
        assertThat(alice.web.get("/study/" + SLUG).body()).contains("1 answered today");
    }

    @Test
    void visitorsAreOfferedToStudyAsAGuestAndActionsNeedASession() {
        WebSession visitor = new WebSession(URI.create(server.getURL() + "/"));
        HttpResponse<String> page = visitor.get("/study/" + SLUG);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Study as a guest").contains("action=\"/guest\"")
                .contains("name=\"next\" value=\"/study/" + SLUG + "\"");
        assertThat(visitor.post("/study/" + SLUG + "/answers", Map.of("card", "x", "rating", "3")).statusCode())
                .isEqualTo(403);
        assertThat(visitor.get("/study/" + SLUG + "/settings").statusCode()).isEqualTo(303);
        assertThat(visitor.get("/decks/" + SLUG).body()).contains("href=\"/study/" + SLUG + "\"");

        HttpResponse<String> started = visitor.post("/guest", Map.of("next", "/study/" + SLUG));
        assertThat(started.headers().firstValue("Location")).contains("/study/" + SLUG);
        assertThat(visitor.get("/study/" + SLUG).body()).contains("data-testid=\"study-card\"");
        assertThat(visitor.get("/study/no-such-deck").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/study/" + SLUG + "?card=nope%230").statusCode()).isEqualTo(404);
    }

    // ---- settings ----

    @Test
    void settingsAreValidatedWithMessages() {
        Learner me = guest();
        me.web.get("/study/" + SLUG + "/settings");
        HttpResponse<String> bad = me.web.post("/study/" + SLUG + "/settings",
                Map.of("desiredRetention", "0.5", "newPerDay", "-1", "reviewsPerDay", "lots"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Enter a number from 0.70 to 0.99").contains("Enter a whole number from 0 to 1000")
                .contains("Enter a whole number from 0 to 10000").contains("aria-invalid=\"true\"")
                .contains("value=\"lots\"");
        assertThat(me.web.post("/study/" + SLUG + "/settings",
                Map.of("desiredRetention", "0.995", "newPerDay", "5", "reviewsPerDay", "5")).statusCode()).isEqualTo(422);
        assertThat(settings.findByAccountIdAndDeckSlug(me.id, SLUG)).isEmpty();

        for (String retention : List.of("0.70", "0.99", "0.8")) {
            HttpResponse<String> ok = saveSettings(me, retention, "0", "1");
            assertThat(ok.statusCode()).isEqualTo(303);
            assertThat(settings.findByAccountIdAndDeckSlug(me.id, SLUG).orElseThrow().desiredRetention())
                    .isEqualTo(Double.parseDouble(retention));
        }
        assertThat(me.web.get("/study/" + SLUG + "/settings?saved=1").body()).contains("Saved.").contains("value=\"0.8\"");
    }

    // ---- objective checking ----

    @Test
    void objectiveCardsAreCheckedAndSuggestARatingWithExplanationAndSource() {
        Learner me = guest();
        DeckCards deck = decks.of(SLUG, null);
        Card mc = deck.cards().stream().filter(c -> c.kind() == CardKind.MULTIPLE_CHOICE).findFirst().orElseThrow();
        List<Option> shown = ((CardFace.MultipleChoice) mc.face()).shuffled(Seeds.of(me.id, mc.id(), 0));
        int wrong = indexOf(shown, false);
        HttpResponse<String> back = reveal(me, mc.id(), Map.of("choice", String.valueOf(wrong)));
        assertThat(back.body()).contains("Not quite.").contains("rating rating-1 suggested")
                .contains(escape(shown.get(wrong).why())).contains("your choice")
                .contains("/documents/luo-interview-north-korea.txt#q-" + mc.itemId() + "-0")
                .contains(escape(deck.item(mc).explanation())).contains("aria-live=\"polite\"");
        assertThat(reveal(me, mc.id(), Map.of("choice", String.valueOf(indexOf(shown, true)))).body())
                .contains("Correct.").contains("rating rating-3 suggested");

        Card typeIn = deck.cards().stream().filter(c -> c.kind() == CardKind.TYPE_IN
                && ((CardFace.TypeIn) c.face()).accepted().get(0).length() > 6).findFirst().orElseThrow();
        String answer = ((CardFace.TypeIn) typeIn.face()).accepted().get(0);
        String typo = answer.substring(0, answer.length() - 2) + answer.charAt(answer.length() - 1);
        assertThat(reveal(me, typeIn.id(), Map.of("answer", typo)).body())
                .contains("Nearly right.").contains("rating rating-2 suggested");
        assertThat(reveal(me, typeIn.id(), Map.of("answer", "no idea at all")).body()).contains("rating rating-1 suggested");

        Card trueFalse = deck.cards().stream().filter(c -> c.kind() == CardKind.TRUE_FALSE).findFirst().orElseThrow();
        boolean truth = ((CardFace.TrueFalse) trueFalse.face()).answer();
        assertThat(reveal(me, trueFalse.id(), Map.of("truth", String.valueOf(truth))).body())
                .contains("Correct.").contains("rating rating-3 suggested");
        // nothing is recorded until the learner rates
        assertThat(logs.since(me.id, SLUG, 0)).isEmpty();
    }

    // ---- helpers ----

    private record Learner(WebSession web, long id) {
    }

    private Learner guest() {
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/");
        web.post("/guest", Map.of("next", "/study/" + SLUG));
        return new Learner(web, web.accountId());
    }

    private Study study() {
        return server.getApplicationContext().getBean(Study.class);
    }

    private void seed(Learner learner, Card card, CardState state) {
        states.save(CardStateRow.of(null, learner.id, SLUG, card.itemId(), card.id(), state, 0));
        cache.forget(learner.id); // a row written behind the app's back
    }

    private CardState stateOf(Learner learner, Card card) {
        return states.findByAccountIdAndCardId(learner.id, card.id()).orElseThrow().toCardState();
    }

    private HttpResponse<String> saveSettings(Learner learner, String retention, String newPerDay, String reviews) {
        learner.web.get("/study/" + SLUG + "/settings");
        return learner.web.post("/study/" + SLUG + "/settings",
                Map.of("desiredRetention", retention, "newPerDay", newPerDay, "reviewsPerDay", reviews));
    }

    /** Front of the card, then "Show answer" with the fields of the front's form plus {@code response}. */
    private HttpResponse<String> reveal(Learner learner, String cardId, Map<String, String> response) {
        HttpResponse<String> front = learner.web.get("/study/" + SLUG + "?card=" + enc(cardId));
        Map<String, String> fields = hiddenFields(front.body(), "reveal-form");
        fields.putAll(response);
        StringBuilder query = new StringBuilder();
        fields.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(enc(k)).append('=').append(enc(v)));
        return learner.web.get("/study/" + SLUG + query);
    }

    private Map<String, String> rateForm(Learner learner, String cardId, Map<String, String> response) {
        return hiddenFields(reveal(learner, cardId, response).body(), "rate-form");
    }

    private void answer(Learner learner, String cardId, Rating rating) {
        Map<String, String> form = rateForm(learner, cardId, Map.of());
        form.put("rating", String.valueOf(rating.grade()));
        assertThat(learner.web.post("/study/" + SLUG + "/answers", form).statusCode()).isEqualTo(303);
    }

    /** Answers whatever card the study page shows next; returns its id. */
    private String answerNext(Learner learner, Rating rating) {
        String cardId = shownCard(learner.web.get("/study/" + SLUG));
        answer(learner, cardId, rating);
        return cardId;
    }

    private static int indexOf(List<Option> options, boolean correct) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct() == correct) {
                return i;
            }
        }
        throw new AssertionError("no such option");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
