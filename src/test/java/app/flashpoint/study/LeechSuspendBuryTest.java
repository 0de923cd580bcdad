package app.flashpoint.study;

import app.flashpoint.card.DeckCards;
import app.flashpoint.card.StudyDecks;
import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.core.fsrs.State;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.history.CardFlagRepository;
import app.flashpoint.history.CardFlagRow;
import app.flashpoint.history.CardStateRepository;
import app.flashpoint.history.CardStateRow;
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
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static app.flashpoint.support.PageParts.hiddenFields;
import static app.flashpoint.support.PageParts.shownCard;
import static org.assertj.core.api.Assertions.assertThat;

/** Suspend, bury, sibling burying and leeches through the embedded server, with a clock moved by hand (UTC days). */
@MicronautTest(transactional = false)
@Property(name = "flashpoint.study.zone", value = "UTC")
class LeechSuspendBuryTest {
    private static final String SLUG = "luo-interview";
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2032-03-01T10:00:00Z"));

    @Inject
    EmbeddedServer server;
    @Inject
    StudyDecks decks;
    @Inject
    CardStateRepository states;
    @Inject
    CardFlagRepository flags;
    @Inject
    StudyCache cache;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    void nextDay() {
        Instant day = CLOCK.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.DAYS);
        CLOCK.set(day.plus(Duration.ofHours(10)));
    }

    @Test
    void suspendTakesACardOutOfTheQueueAndUnsuspendBringsItBack() {
        Learner me = guest();
        String first = shownCard(me.web.get("/study/" + SLUG));
        assertThat(hold(me, "suspend", first).statusCode()).isEqualTo(303);
        HttpResponse<String> page = me.web.get("/study/" + SLUG);
        assertThat(shownCard(page)).isNotEqualTo(first);
        assertThat(queueIds(me)).doesNotContain(first);
        assertThat(page.body()).contains("Suspended (1)");
        String list = me.web.get("/study/" + SLUG + "/suspended").body();
        assertThat(list).contains("data-testid=\"suspended-list\"").contains("data-card=\"" + first + "\"");

        // the API and the page agree; another learner's queue is untouched
        Learner other = guest();
        assertThat(shownCard(other.web.get("/study/" + SLUG))).isEqualTo(first);

        assertThat(hold(me, "unsuspend", first).statusCode()).isEqualTo(303);
        assertThat(shownCard(me.web.get("/study/" + SLUG))).isEqualTo(first);
        assertThat(me.web.get("/study/" + SLUG + "/suspended").body()).doesNotContain("data-card=\"" + first + "\"");
    }

    @Test
    void buryKeepsACardAwayUntilTheNextStudyDay() {
        Learner me = guest();
        String first = shownCard(me.web.get("/study/" + SLUG));
        assertThat(hold(me, "bury", first).statusCode()).isEqualTo(303);
        assertThat(shownCard(me.web.get("/study/" + SLUG))).isNotEqualTo(first);
        CLOCK.advance(Duration.ofHours(13)); // 23:00, still today
        assertThat(queueIds(me)).doesNotContain(first);
        CLOCK.advance(Duration.ofHours(1)); // midnight: the next study day
        assertThat(shownCard(me.web.get("/study/" + SLUG))).isEqualTo(first);
    }

    @Test
    void answeringACardBuriesItsSiblingsForTheDayWhenTheSettingIsOn() {
        Learner me = guest();
        List<Card> item = itemWithSiblings();
        Card answered = item.get(0);
        Card sibling = item.get(1);
        assertThat(queueIds(me)).contains(sibling.id());
        answer(me, answered.id(), Rating.GOOD);
        assertThat(queueIds(me)).doesNotContain(sibling.id());
        cache.forget(me.id); // from the database too, not only the cached copy
        assertThat(queueIds(me)).doesNotContain(sibling.id());
        assertThat(flags.findByAccountIdAndCardId(me.id, sibling.id()).orElseThrow().buriedBy()).isEqualTo(answered.id());

        // undo lifts the burial the answer made
        me.web.get("/study/" + SLUG);
        assertThat(me.web.post("/study/" + SLUG + "/undo", Map.of()).statusCode()).isEqualTo(303);
        assertThat(queueIds(me)).contains(sibling.id());

        // with the setting off, the sibling stays
        Learner off = guest();
        saveSettings(off, Map.of("burySiblings", "off"));
        answer(off, answered.id(), Rating.GOOD);
        assertThat(queueIds(off)).contains(sibling.id());
        assertThat(off.web.get("/study/" + SLUG + "/settings").body())
                .contains("name=\"burySiblings\" value=\"off\" checked");

        // and the next day the buried sibling is back
        CLOCK.advance(Duration.ofDays(1));
        assertThat(queueIds(me)).contains(sibling.id());
    }

    @Test
    void theEighthLapseMakesALeechThatIsSuspendedWithANoticeAndThePassage() {
        Learner me = guest();
        Card card = decks.of(SLUG, null).cards().stream().filter(c -> !c.sources().isEmpty()).findFirst().orElseThrow();
        seedReview(me, card, 7);
        HttpResponse<String> answered = answer(me, card.id(), Rating.AGAIN);
        String location = answered.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/study/" + SLUG + "?leech=" + enc(card.id()));
        String page = me.web.get(location).body();
        assertThat(page).contains("data-testid=\"leech-notice\"")
                .contains("This card is a leech: you have forgotten it 8 times.")
                .contains("It is suspended")
                .contains("href=\"/documents/" + card.sources().get(0).document() + "#q-" + card.itemId() + "-0\"");
        assertThat(queueIds(me)).doesNotContain(card.id());
        CLOCK.advance(Duration.ofDays(30));
        assertThat(queueIds(me)).as("suspended: never due").doesNotContain(card.id());
        CardFlagRow flag = flags.findByAccountIdAndCardId(me.id, card.id()).orElseThrow();
        assertThat(flag.leechLapses()).isEqualTo(8);
        assertThat(flag.suspendedBy()).isEqualTo(CardFlagRow.BY_LEECH);
        assertThat(me.web.get("/study/" + SLUG + "/suspended").body()).contains("data-card=\"" + card.id() + "\"")
                .contains("leech · forgotten 8 times");
    }

    @Test
    void undoingTheLeechAnswerLiftsTheLeechsSuspensionButNotTheLearners() {
        Learner me = guest();
        Card card = decks.of(SLUG, null).cards().get(3);
        seedReview(me, card, 7);
        answer(me, card.id(), Rating.AGAIN);
        me.web.get("/study/" + SLUG);
        me.web.post("/study/" + SLUG + "/undo", Map.of());
        CardFlagRow flag = flags.findByAccountIdAndCardId(me.id, card.id()).orElseThrow();
        assertThat(flag.leech()).isFalse();
        assertThat(flag.suspended()).isFalse();
        assertThat(queueIds(me)).contains(card.id());

        // a suspension the learner chose survives an undo of another answer
        Card other = decks.of(SLUG, null).cards().get(4);
        hold(me, "suspend", other.id());
        answer(me, decks.of(SLUG, null).cards().get(5).id(), Rating.GOOD);
        me.web.get("/study/" + SLUG);
        me.web.post("/study/" + SLUG + "/undo", Map.of());
        assertThat(queueIds(me)).doesNotContain(other.id());
    }

    @Test
    void withTagOnlyTheLeechStaysInStudyAndTheNoticeSaysSo() {
        Learner me = guest();
        saveSettings(me, Map.of("leechAction", "tag"));
        Card card = decks.of(SLUG, null).cards().get(2);
        seedReview(me, card, 7);
        String location = answer(me, card.id(), Rating.AGAIN).headers().firstValue("Location").orElseThrow();
        assertThat(me.web.get(location).body()).contains("you have forgotten it 8 times")
                .contains("It stays in your reviews.");
        CardFlagRow flag = flags.findByAccountIdAndCardId(me.id, card.id()).orElseThrow();
        assertThat(flag.leech()).isTrue();
        assertThat(flag.suspended()).isFalse();
        CLOCK.advance(Duration.ofMinutes(15));
        assertThat(queueIds(me)).contains(card.id());
        assertThat(me.web.get("/study/" + SLUG + "/suspended").body()).contains("data-testid=\"leech-list\"");
        // the 9th lapse is no new leech (Anki's rule: the threshold, then every half of it)
        assertThat(new StudySettingsRow(null, 0, "", 0.9, 20, 200, 8, "tag", true).leechAt(9)).isFalse();
        assertThat(new StudySettingsRow(null, 0, "", 0.9, 20, 200, 8, "tag", true).leechAt(12)).isTrue();
    }

    @Test
    void anImportedCardWithoutSourcesSendsTheLearnerToItsItem() {
        WebSession web = WebSession.signedUp(URI.create(server.getURL() + "/"), "leech-" + suffix(),
                "correct horse battery");
        String slug = importCsv(web);
        DeckCards deck = decks.of(slug, new app.flashpoint.account.CurrentAccount(web.accountId(), "x", "student", false));
        Card card = deck.cards().get(0);
        states.save(CardStateRow.of(null, web.accountId(), slug, card.itemId(), card.id(), reviewDue(), 7));
        cache.forget(web.accountId());
        Map<String, String> form = rateForm(web, slug, card.id());
        form.put("rating", "1");
        String location = web.post("/study/" + slug + "/answers", form).headers().firstValue("Location").orElseThrow();
        assertThat(web.get(location).body()).contains("no source passage")
                .contains("href=\"/decks/" + slug + "/items/" + card.itemId() + "\"");
    }

    @Test
    void theApiSuspendsUnsuspendsAndBuriesOnlyInDecksTheLearnerMayStudy() {
        Learner me = guest();
        String first = shownCard(me.web.get("/study/" + SLUG));
        String path = "/api/study/" + SLUG + "/cards/" + enc(first);
        assertThat(me.web.postJson(path + "/suspend", "{}", null).statusCode()).as("no CSRF header").isEqualTo(403);
        HttpResponse<String> suspended = me.web.postJson(path + "/suspend", "{}", me.web.csrfToken());
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.body()).contains("\"suspended\":true").doesNotContain("\"key\":\"" + first + "\"");
        assertThat(queueIds(me)).doesNotContain(first);
        assertThat(me.web.postJson(path + "/unsuspend", "{}", me.web.csrfToken()).body()).contains("\"suspended\":false");
        assertThat(me.web.postJson(path + "/bury", "{}", me.web.csrfToken()).body()).contains("\"buried\":true");
        assertThat(queueIds(me)).doesNotContain(first);

        // another learner's private deck, an unknown deck, a card of another deck: 404 and nothing written
        WebSession owner = WebSession.signedUp(URI.create(server.getURL() + "/"), "owner-" + suffix(),
                "correct horse battery");
        String privateDeck = importCsv(owner);
        String theirCard = decks.of(privateDeck, new app.flashpoint.account.CurrentAccount(owner.accountId(), "x", "student", false))
                .cards().get(0).id();
        assertThat(me.web.postJson("/api/study/" + privateDeck + "/cards/" + enc(theirCard) + "/suspend", "{}",
                me.web.csrfToken()).statusCode()).isEqualTo(404);
        me.web.get("/study/" + SLUG);
        assertThat(me.web.post("/study/" + privateDeck + "/suspend", Map.of("card", theirCard)).statusCode())
                .isEqualTo(404);
        assertThat(me.web.post("/study/" + SLUG + "/bury", Map.of("card", theirCard)).statusCode()).isEqualTo(404);
        assertThat(me.web.postJson("/api/study/no-such-deck/cards/" + enc(first) + "/bury", "{}",
                me.web.csrfToken()).statusCode()).isEqualTo(404);
        assertThat(flags.findByAccountIdAndCardId(me.id, theirCard)).isEmpty();
        assertThat(me.web.post("/study/" + SLUG + "/suspend", Map.of("card", first, "csrfToken", "wrong")).statusCode())
                .isEqualTo(403);
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

    private List<String> queueIds(Learner learner) {
        return server.getApplicationContext().getBean(Study.class).queue(learner.id, decks.of(SLUG, null)).entries()
                .stream().map(e -> e.card().id()).toList();
    }

    private HttpResponse<String> hold(Learner learner, String action, String cardId) {
        learner.web.get("/study/" + SLUG);
        return learner.web.post("/study/" + SLUG + "/" + action, Map.of("card", cardId));
    }

    private List<Card> itemWithSiblings() {
        Map<String, List<Card>> byItem = decks.of(SLUG, null).cards().stream()
                .collect(Collectors.groupingBy(Card::itemId, java.util.LinkedHashMap::new, Collectors.toList()));
        return byItem.values().stream().filter(cards -> cards.size() > 1).findFirst().orElseThrow();
    }

    private static CardState reviewDue() {
        Instant now = CLOCK.instant();
        return new CardState(State.REVIEW, 0, 5, 5, now.minusSeconds(60), now.minus(Duration.ofDays(5)), 12);
    }

    private void seedReview(Learner learner, Card card, int lapses) {
        states.save(CardStateRow.of(null, learner.id, SLUG, card.itemId(), card.id(), reviewDue(), lapses));
        cache.forget(learner.id);
    }

    private void saveSettings(Learner learner, Map<String, String> extra) {
        learner.web.get("/study/" + SLUG + "/settings");
        var form = new HashMap<>(Map.of("desiredRetention", "0.9", "newPerDay", "20", "reviewsPerDay", "200"));
        form.putAll(extra);
        assertThat(learner.web.post("/study/" + SLUG + "/settings", form).statusCode()).isEqualTo(303);
    }

    private static Map<String, String> rateForm(WebSession web, String slug, String cardId) {
        Map<String, String> fields = hiddenFields(web.get("/study/" + slug + "?card=" + enc(cardId)).body(), "reveal-form");
        StringBuilder query = new StringBuilder();
        fields.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(enc(k)).append('=').append(enc(v)));
        return hiddenFields(web.get("/study/" + slug + query).body(), "rate-form");
    }

    private HttpResponse<String> answer(Learner learner, String cardId, Rating rating) {
        Map<String, String> form = rateForm(learner.web, SLUG, cardId);
        form.put("rating", String.valueOf(rating.grade()));
        HttpResponse<String> response = learner.web.post("/study/" + SLUG + "/answers", form);
        assertThat(response.statusCode()).isEqualTo(303);
        return response;
    }

    private static String importCsv(WebSession web) {
        web.get("/import");
        HttpResponse<String> created = web.postFile("/api/decks/import?format=csv&title=Leeches+" + suffix(), "text/csv",
                "What is the capital of France?,Paris\nLargest ocean?,Pacific\n".getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher slug = Pattern.compile("\"deck\":\"([^\"]+)\"").matcher(created.body());
        assertThat(slug.find()).isTrue();
        return slug.group(1);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
