package app.flashpoint.study;

import app.flashpoint.account.Profiles;
import app.flashpoint.card.StudyDecks;
import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.State;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.history.CardStateRepository;
import app.flashpoint.history.CardStateRow;
import app.flashpoint.support.SharedApp;
import app.flashpoint.support.WebSession;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Easy days through the embedded server: the learner saves them on their page, then answers review cards through
 * the study API, and the due dates the answers write keep off (or, the other way round, onto) the chosen days.
 * The review cards come from an imported history that leaves them long known and overdue, so the Good answers
 * give intervals of months, whose fuzz ranges (about ±7 days or more) always hold a Sunday.
 */
@SharedApp
class EasyDaysFlowTest {
    private static final String SLUG = "luo-interview";

    @Inject
    EmbeddedServer server;
    @Inject
    CardStateRepository states;
    @Inject
    StudyDecks decks;
    @Inject
    StudyCache cache;
    @Inject
    Profiles profiles;
    @Inject
    JsonMapper json;
    @Inject
    ImportedHistory history;

    @Test
    void aMinimumSundayGetsNoReviewCardsAndTheChoiceIsSaved() {
        WebSession me = guest();
        assertThat(me.get("/account/easy-days").body()).contains("name=\"balance\" value=\"on\"")
                .contains("checked");
        HttpResponse<String> saved = me.post("/account/easy-days", days(true, "NNNNNNM"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/account/easy-days?saved=1");
        String page = me.get("/account/easy-days").body();
        assertThat(page).containsPattern("<select id=\"sunday\"[^>]*>\\s*<option value=\"N\">Normal</option>\\s*"
                + "<option value=\"R\">[^<]*</option>\\s*<option value=\"M\" selected");

        Map<DayOfWeek, Integer> dueOn = answerAllAsReviews(me);
        assertThat(dueOn).doesNotContainKey(DayOfWeek.SUNDAY);
        assertThat(dueOn.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(15);
    }

    /** The other way round, so the test above cannot pass by chance: only Sunday is allowed, and all go there. */
    @Test
    void everyOtherDayMinimumPutsEveryReviewOnSunday() {
        WebSession me = guest();
        me.get("/account/easy-days");
        assertThat(me.post("/account/easy-days", days(true, "MMMMMMN")).statusCode()).isEqualTo(303);
        Map<DayOfWeek, Integer> dueOn = answerAllAsReviews(me);
        assertThat(dueOn.keySet()).containsExactly(DayOfWeek.SUNDAY);
    }

    /**
     * Undo replays the card's log without balancing (the loads at the time are not in it); the card, answered
     * when due, stays due and comes back today rather than on the plain-fuzz day.
     */
    @Test
    void anUndoneBalancedAnswerLeavesTheCardDueNow() {
        WebSession me = guest();
        me.get("/account/easy-days");
        me.post("/account/easy-days", days(true, "MMMMMMN"));
        answerAllAsReviews(me);
        me.get("/study/" + SLUG);
        HttpResponse<String> undone = me.post("/study/" + SLUG + "/undo", Map.of());
        assertThat(undone.statusCode()).isEqualTo(303);
        String location = undone.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("card=");
        String cardId = location.replaceAll(".*card=([^&]+).*", "$1");
        CardStateRow row = states.findByAccountIdAndCardId(me.accountId(),
                java.net.URLDecoder.decode(cardId, java.nio.charset.StandardCharsets.UTF_8)).orElseThrow();
        assertThat(row.reps()).isEqualTo(5);
        assertThat(row.due()).isLessThanOrEqualTo(Instant.now().toEpochMilli());
        assertThat(read(me.getJson("/api/study/" + SLUG + "/next")).get("card")).isNotNull();
    }

    /** The restore rule undo applies: a review card replayed to a later due than the undone answer is due from it. */
    @Test
    void undoKeepsAReplayedReviewCardDueFromTheUndoneAnswer() {
        Instant answered = Instant.parse("2030-03-10T09:00:00Z");
        var later = new CardState(State.REVIEW, 0, 30, 5, answered.plus(Duration.ofDays(2)), answered.minus(Duration.ofDays(28)), 4);
        assertThat(Study.dueBy(later, answered).due()).isEqualTo(answered);
        assertThat(Study.dueBy(later, answered).stability()).isEqualTo(30);
        var earlier = new CardState(State.REVIEW, 0, 30, 5, answered.minus(Duration.ofDays(1)), answered.minus(Duration.ofDays(29)), 4);
        assertThat(Study.dueBy(earlier, answered)).isEqualTo(earlier);
        var learning = new CardState(State.LEARNING, 1, 3, 5, answered.plus(Duration.ofMinutes(10)), answered, 1);
        assertThat(Study.dueBy(learning, answered)).isEqualTo(learning);
    }

    @Test
    void turningTheBalancerOffIsSavedAndABadLevelIsRefused() {
        WebSession me = guest();
        me.get("/account/easy-days");
        assertThat(me.post("/account/easy-days", days(false, "NRNRNRM")).statusCode()).isEqualTo(303);
        String page = me.get("/account/easy-days").body();
        assertThat(page).doesNotContainPattern("name=\"balance\" value=\"on\"[^>]*checked");
        assertThat(page).containsPattern("<select id=\"tuesday\"[^>]*>\\s*<option value=\"N\">Normal</option>\\s*"
                + "<option value=\"R\" selected");
        Map<String, String> bad = days(true, "NNNNNNN");
        bad.put("friday", "X");
        assertThat(me.post("/account/easy-days", bad).statusCode()).isEqualTo(422);
        assertThat(me.postRaw("/account/easy-days", days(true, "NNNNNNN")).statusCode()).isEqualTo(403);
    }

    /**
     * Gives every card of the deck a past as a long-known review card through the import-history path (an
     * Anki-like log, replayed as an import of history is), answers each card due Good via the API, and counts
     * the weekdays the new due dates fall on.
     */
    private Map<DayOfWeek, Integer> answerAllAsReviews(WebSession me) {
        long id = me.accountId();
        Instant now = Instant.now();
        List<Card> cards = decks.of(SLUG, null).cards();
        var past = new java.util.ArrayList<ImportedHistory.Answer>();
        for (Card card : cards) {
            long[] daysAgo = {400, 400, 396, 380, 330};
            for (int i = 0; i < daysAgo.length; i++) {
                long at = now.minus(Duration.ofDays(daysAgo[i])).plus(Duration.ofMinutes(10L * i)).toEpochMilli();
                past.add(new ImportedHistory.Answer(card.itemId(), card.id(), 3, at, 1000, UUID.randomUUID().toString()));
            }
        }
        history.adopt(id, SLUG, past);
        cache.forget(id); // rows written behind the app's back
        me.get("/study/" + SLUG); // the page whose csrfToken the script sends
        for (int i = 0; i < cards.size(); i++) {
            Map<String, Object> next = read(me.getJson("/api/study/" + SLUG + "/next"));
            if (next.get("card") == null) {
                break;
            }
            Map<String, Object> card = map(next.get("card"));
            String body = "{\"card\":\"" + card.get("key") + "\",\"rating\":3,\"token\":\"" + card.get("token")
                    + "\",\"reps\":" + card.get("reps") + ",\"shown\":" + card.get("shown") + "}";
            assertThat(read(me.postJson("/api/study/" + SLUG + "/answers", body, me.csrfToken())).get("result"))
                    .isEqualTo("recorded");
        }
        ZoneId zone = profiles.zone(id);
        var dueOn = new HashMap<DayOfWeek, Integer>();
        for (CardStateRow row : states.findByAccountIdAndDeckSlug(id, SLUG)) {
            if (row.reps() == 6) {
                assertThat(row.due() - now.toEpochMilli()).as("an interval of about 100 days")
                        .isGreaterThan(Duration.ofDays(80).toMillis());
                dueOn.merge(Instant.ofEpochMilli(row.due()).atZone(zone).getDayOfWeek(), 1, Integer::sum);
            }
        }
        return dueOn;
    }

    private static Map<String, String> days(boolean balance, String codes) {
        var fields = new HashMap<String, String>();
        if (balance) {
            fields.put("balance", "on");
        }
        String[] names = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int i = 0; i < 7; i++) {
            fields.put(names[i], String.valueOf(codes.charAt(i)));
        }
        return fields;
    }

    private WebSession guest() {
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/");
        web.post("/guest", Map.of("next", "/study/" + SLUG));
        return web;
    }

    private Map<String, Object> read(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(response.statusCode() + " " + response.body(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
