package app.flashpoint.cram;

import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.CardFace;
import app.flashpoint.card.StudyDecks;
import app.flashpoint.support.WebSession;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.flashpoint.support.PageParts.hiddenFields;
import static app.flashpoint.support.PageParts.shownCard;
import static org.assertj.core.api.Assertions.assertThat;

/** Cram through the embedded server, by a learner who also has daily-study state that must not move. */
@SharedApp
class CramFlowTest {
    private static final String SLUG = "luo-interview";

    @Inject
    EmbeddedServer server;
    @Inject
    StudyDecks decks;
    @Inject
    DataSource dataSource;

    @Test
    void loopsUntilEveryCardIsRightOnceWrongCardsComeBackAndStudyStateNeverMoves() {
        Learner me = guest();
        List<Card> cards = decks.of(SLUG, null).cards();
        // daily study first: new cards come in deck order, so the first key point's cards get state and due dates
        studyNext(me, 3);
        studyNext(me, 1);
        List<String> stateBefore = rows(me, "SELECT * FROM card_state WHERE account_id = ? ORDER BY card_id");
        assertThat(stateBefore).hasSize(2);
        List<String> reviewsBefore = rows(me, "SELECT * FROM review_log WHERE account_id = ? ORDER BY id");

        String keyPoint = cards.get(0).keyPoint();
        Set<String> expected = new HashSet<>(cards.stream().filter(c -> c.keyPoint().equals(keyPoint)).map(Card::id).toList());
        assertThat(expected).hasSizeGreaterThanOrEqualTo(2).contains(cards.get(0).id(), cards.get(1).id());
        long id = start(me, Map.of("keyPoint", keyPoint));

        HttpResponse<String> page = me.web.get("/cram/" + id);
        assertThat(page.body()).contains("0 of " + expected.size() + " done");
        String missed = shownCard(page);
        answer(me, id, missed, 1);
        // a wrong card goes to the back of the loop, not straight back
        String next = shownCard(me.web.get("/cram/" + id));
        assertThat(next).isNotEqualTo(missed);

        List<String> answered = new ArrayList<>(List.of(missed));
        Set<String> done = new HashSet<>();
        for (int guard = 0; guard < 100; guard++) {
            page = me.web.get("/cram/" + id);
            if (page.body().contains("data-testid=\"cram-done\"")) {
                break;
            }
            assertThat(page.body()).contains(done.size() + " of " + expected.size() + " done");
            String card = shownCard(page);
            answer(me, id, card, 3);
            answered.add(card);
            done.add(card);
        }
        assertThat(done).isEqualTo(expected);
        assertThat(answered.get(answered.size() - 1)).as("the missed card came back last").isEqualTo(missed);
        assertThat(page.body()).contains(expected.size() + " cards answered right, in " + (expected.size() + 1)
                + " answers; " + (expected.size() - 1) + " right the first time").contains("Cram again");

        List<String> cram = rows(me, "SELECT card_id, rating FROM review_log WHERE account_id = ? AND mode = 'cram' ORDER BY id");
        assertThat(cram).hasSize(answered.size());
        assertThat(cram.get(0)).isEqualTo(missed + "|1");
        assertThat(cram.subList(1, cram.size())).allSatisfy(r -> assertThat(r).endsWith("|3"));
        assertThat(rows(me, "SELECT * FROM card_state WHERE account_id = ? ORDER BY card_id")).isEqualTo(stateBefore);
        assertThat(rows(me, "SELECT * FROM review_log WHERE account_id = ? AND mode <> 'cram' ORDER BY id"))
                .isEqualTo(reviewsBefore);

        // "Cram again": a new session over the same key point, from the start
        HttpResponse<String> again = me.web.post("/cram/" + id + "/again", Map.of());
        assertThat(again.statusCode()).isEqualTo(303);
        String location = again.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/cram/\\d+").isNotEqualTo("/cram/" + id);
        assertThat(me.web.get(location).body()).contains("0 of " + expected.size() + " done");
        // the unfinished one is offered on the new-session page, so a closed tab loses nothing
        assertThat(me.web.get("/decks/" + SLUG + "/cram/new").body()).contains("href=\"" + location + "\"");
    }

    @Test
    void aFamilyOrNothingChosenTakesTheirKeyPointsAndUnknownOnesAreRefused() {
        Learner me = guest();
        List<Card> cards = decks.of(SLUG, null).cards();
        String family = decks.of(SLUG, null).deck().keyPoints().get(0).family();
        var familyPoints = decks.of(SLUG, null).deck().keyPoints().stream().filter(k -> k.family().equals(family))
                .map(k -> k.id()).toList();
        long byFamily = start(me, Map.of("family", family));
        assertThat(me.web.get("/cram/" + byFamily).body())
                .contains("0 of " + cards.stream().filter(c -> familyPoints.contains(c.keyPoint())).count() + " done");
        long all = start(me, Map.of());
        assertThat(me.web.get("/cram/" + all).body()).contains("0 of " + cards.size() + " done");

        me.web.get("/decks/" + SLUG + "/cram/new");
        HttpResponse<String> bad = me.web.post("/decks/" + SLUG + "/cram", Map.of("keyPoint", "no-such-point"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Choose key points and families of this deck.");
    }

    @Test
    void anOrderingCardIsMarkedFromThePlacesGivenAndSuggestsTheRating() {
        Learner me = guest();
        long id = start(me, Map.of());
        Card ordering = decks.of(SLUG, null).cards().stream().filter(c -> c.face() instanceof CardFace.Ordering)
                .findFirst().orElseThrow();
        List<String> sequence = ((CardFace.Ordering) ordering.face()).sequence();
        Map<String, String> front = hiddenFields(me.web.get("/cram/" + id + "?card=" + enc(ordering.id())).body(),
                "reveal-form");
        StringBuilder query = new StringBuilder("?reveal=1&card=" + enc(ordering.id()) + "&token="
                + enc(front.get("token")) + "&shown=" + front.get("shown"));
        // the rows in the order shown, each given its right place
        List<String> shown = me.web.get("/cram/" + id + "?card=" + enc(ordering.id())).body().lines()
                .filter(l -> l.contains("name=\"element-")).map(l -> l.replaceAll(".*value=\"([^\"]*)\".*", "$1"))
                .map(t -> t.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&")).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(sequence).isNotEqualTo(sequence);
        for (int row = 1; row <= shown.size(); row++) {
            String element = shown.get(row - 1);
            query.append("&element-").append(row).append('=').append(enc(element))
                    .append("&place-").append(row).append('=').append(sequence.indexOf(element) + 1);
        }
        String back = me.web.get("/cram/" + id + query).body();
        assertThat(back).contains("Correct.").contains("(suggested from your answer)")
                .containsPattern("value=\"3\" class=\"rating rating-3\" aria-keyshortcuts=\"3\" autofocus");
    }

    /** The answer form is a validated record: a rating other than Again/Good or a broken token is a 400, nothing saved. */
    @Test
    void aBadRatingOrTokenIsRefusedAndNothingIsRecorded() {
        Learner me = guest();
        long id = start(me, Map.of("keyPoint", decks.of(SLUG, null).cards().get(0).keyPoint()));
        String card = shownCard(me.web.get("/cram/" + id));
        Map<String, String> form = rateForm(me, id, card);
        form.put("rating", "2");
        assertThat(me.web.post("/cram/" + id + "/answers", form).statusCode()).isEqualTo(400);
        form.put("rating", "3");
        form.put("token", "not-a-token");
        assertThat(me.web.post("/cram/" + id + "/answers", form).statusCode()).isEqualTo(400);
        form.remove("rating");
        assertThat(me.web.post("/cram/" + id + "/answers", form).statusCode()).isEqualTo(400);
        assertThat(rows(me, "SELECT id FROM review_log WHERE account_id = ?")).isEmpty();
    }

    @Test
    void aDoubleSubmittedAnswerIsRecordedOnce() {
        Learner me = guest();
        long id = start(me, Map.of("keyPoint", decks.of(SLUG, null).cards().get(0).keyPoint()));
        String card = shownCard(me.web.get("/cram/" + id));
        Map<String, String> form = rateForm(me, id, card);
        form.put("rating", "1");
        assertThat(me.web.post("/cram/" + id + "/answers", form).statusCode()).isEqualTo(303);
        assertThat(me.web.post("/cram/" + id + "/answers", form).statusCode()).isEqualTo(303);
        assertThat(rows(me, "SELECT card_id FROM review_log WHERE account_id = ? AND mode = 'cram'")).containsExactly(card);
        assertThat(rows(me, "SELECT c.wrong FROM cram_card c JOIN cram_session s ON s.id = c.cram_session_id "
                + "WHERE s.account_id = ? AND c.wrong > 0")).containsExactly("1");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        Learner me = guest();
        String keyPoint = decks.of(SLUG, null).cards().get(0).keyPoint();
        assertThat(me.web.postRaw("/decks/" + SLUG + "/cram", Map.of("keyPoint", keyPoint)).statusCode()).isEqualTo(403);
        long id = start(me, Map.of("keyPoint", keyPoint));
        String card = shownCard(me.web.get("/cram/" + id));
        Map<String, String> form = rateForm(me, id, card);
        form.put("rating", "3");
        form.remove("csrfToken");
        assertThat(me.web.postRaw("/cram/" + id + "/answers", form).statusCode()).isEqualTo(403);
        assertThat(me.web.postRaw("/cram/" + id + "/again", Map.of()).statusCode()).isEqualTo(403);
        assertThat(rows(me, "SELECT id FROM review_log WHERE account_id = ?")).isEmpty();
        assertThat(rows(me, "SELECT id FROM cram_session WHERE account_id = ?")).hasSize(1);
    }

    @Test
    void anotherLearnersSessionIsNotFoundOnEveryRoute() {
        Learner owner = guest();
        Learner other = guest();
        long id = start(owner, Map.of("keyPoint", decks.of(SLUG, null).cards().get(0).keyPoint()));
        String card = shownCard(owner.web.get("/cram/" + id));
        Map<String, String> form = rateForm(owner, id, card);
        form.put("rating", "3");

        assertThat(other.web.get("/cram/" + id).statusCode()).isEqualTo(404);
        assertThat(other.web.get("/cram/" + id + "?card=" + enc(card) + "&reveal=1").statusCode()).isEqualTo(404);
        other.web.get("/decks/" + SLUG + "/cram/new"); // a CSRF token of the other learner's own
        form.remove("csrfToken");
        assertThat(other.web.post("/cram/" + id + "/answers", form).statusCode()).isEqualTo(404);
        assertThat(other.web.post("/cram/" + id + "/again", Map.of()).statusCode()).isEqualTo(404);
        assertThat(other.web.get("/cram/999999999").statusCode()).isEqualTo(404);
        assertThat(other.web.get("/decks/" + SLUG + "/cram/new").body()).doesNotContain("href=\"/cram/" + id + "\"");
        assertThat(rows(owner, "SELECT id FROM review_log WHERE account_id = ?")).isEmpty();
        assertThat(rows(other, "SELECT id FROM cram_session WHERE account_id = ?")).isEmpty();

        var anonymous = new WebSession(URI.create(server.getURL() + "/"));
        assertThat(anonymous.get("/cram/" + id).statusCode()).isNotEqualTo(200);
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

    private long start(Learner learner, Map<String, String> choice) {
        assertThat(learner.web.get("/decks/" + SLUG + "/cram/new").statusCode()).isEqualTo(200);
        HttpResponse<String> started = learner.web.post("/decks/" + SLUG + "/cram", choice);
        assertThat(started.statusCode()).isEqualTo(303);
        return Long.parseLong(started.headers().firstValue("Location").orElseThrow().replace("/cram/", ""));
    }

    /** Daily study: reveal the next card and rate it, through the study routes. */
    private void studyNext(Learner learner, int rating) {
        String card = shownCard(learner.web.get("/study/" + SLUG));
        Map<String, String> form = hiddenFields(reveal(learner, "/study/" + SLUG, card).body(), "rate-form");
        form.put("rating", String.valueOf(rating));
        assertThat(learner.web.post("/study/" + SLUG + "/answers", form).statusCode()).isEqualTo(303);
    }

    private Map<String, String> rateForm(Learner learner, long id, String card) {
        return hiddenFields(reveal(learner, "/cram/" + id, card).body(), "rate-form");
    }

    private void answer(Learner learner, long id, String card, int rating) {
        Map<String, String> form = rateForm(learner, id, card);
        form.put("rating", String.valueOf(rating));
        assertThat(learner.web.post("/cram/" + id + "/answers", form).statusCode()).isEqualTo(303);
    }

    private HttpResponse<String> reveal(Learner learner, String path, String card) {
        HttpResponse<String> front = learner.web.get(path + "?card=" + enc(card));
        StringBuilder query = new StringBuilder();
        hiddenFields(front.body(), "reveal-form")
                .forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(enc(k)).append('=').append(enc(v)));
        HttpResponse<String> back = learner.web.get(path + query);
        assertThat(back.statusCode()).isEqualTo(200);
        return back;
    }

    /** Rows of the learner as "a|b|c" strings, to compare whole rows before and after. */
    private List<String> rows(Learner learner, String sql) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, learner.id);
            try (ResultSet r = s.executeQuery()) {
                var rows = new ArrayList<String>();
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    var row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(i > 1 ? "|" : "").append(r.getString(i));
                    }
                    rows.add(row.toString());
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
