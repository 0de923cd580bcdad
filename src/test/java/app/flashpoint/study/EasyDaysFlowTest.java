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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Easy days through the embedded server: the learner saves them on their page, then answers review cards through
 * the study API, and the due dates the answers write keep off (or, the other way round, onto) the chosen days.
 * The review cards are seeded as long-known cards (stability 100 days: a fuzz range of about ±7 days, so always
 * a Sunday in it), due now.
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

    /** Seeds every card of the deck as a review card due now, answers each Good via the API, and counts due weekdays. */
    private Map<DayOfWeek, Integer> answerAllAsReviews(WebSession me) {
        long id = me.accountId();
        Instant now = Instant.now();
        List<Card> cards = decks.of(SLUG, null).cards();
        for (Card card : cards) {
            states.save(CardStateRow.of(null, id, SLUG, card.itemId(), card.id(), new CardState(State.REVIEW, 0, 100, 5,
                    now.minus(Duration.ofMinutes(5)), now.minus(Duration.ofDays(100)), 5), 0));
        }
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
