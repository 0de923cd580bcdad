package app.flashpoint.study;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.exchange.anki.ApkgWriter;
import app.flashpoint.support.AnkiPackages;
import app.flashpoint.support.SharedApp;
import app.flashpoint.support.WebSession;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Ready by" through the real server: a goal brings into today's study the cards that would fall short of its
 * target at its moment (and only those of its key points), the goals page shows the forecast, and only its owner
 * may delete it.
 */
@SharedApp
class ReadyByGoalsTest {
    private static final String PASSWORD = "correct horse battery";
    private static final long DAY = 86_400_000L;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    TransactionOperations<Connection> tx;

    private WebSession learner() {
        WebSession web = WebSession.signedUp(URI.create(server.getURL() + "/"), "ready-"
                + UUID.randomUUID().toString().substring(0, 8), PASSWORD);
        web.get("/import");
        return web;
    }

    /**
     * Four one-way cards in two key points, each learned ten days ago and answered Good a week ago: in review,
     * due in a few days, recall tomorrow around 0.9.
     */
    private String deckStudiedAWeekAgo(WebSession me) throws IOException {
        var a = new KeyPoint("a", "Alpha", "", "", 3);
        var b = new KeyPoint("b", "Beta", "", "", 3);
        var items = new ArrayList<Item>();
        for (int i = 0; i < 4; i++) {
            items.add(new Item("i" + i, i < 2 ? "a" : "b", Bloom.REMEMBER,
                    new ItemContent.Basic("Question " + i, "Answer " + i), "", List.of()));
        }
        var deck = new Deck("ready", "Ready", "", List.of(), List.of(a, b), items);
        long now = System.currentTimeMillis();
        long written = now - 30 * DAY;
        var sql = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            long card = written + i; // the writer numbers cards from its time, one per one-way note
            long learned = now - 10 * DAY + i * 1000;
            sql.add(revlog(learned, card, 3, 0));
            sql.add(revlog(learned + 600_000, card, 3, 0));
            sql.add(revlog(now - 7 * DAY + i * 1000, card, 3, 1));
        }
        byte[] apkg = AnkiPackages.withCollectionEdit(ApkgWriter.write(deck, 1_600_000_000_000L, Instant.ofEpochMilli(written)),
                sql.toArray(String[]::new));
        var created = me.postFile("/api/decks/import?format=apkg&history=true", "application/octet-stream", apkg);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return (String) json.readValue(created.body(), Map.class).get("deck");
    }

    private static String revlog(long id, long card, int ease, int type) {
        return "insert into revlog values (" + id + ", " + card + ", -1, " + ease + ", 1, 0, 2500, 6000, " + type + ")";
    }

    private int reviewsToday(WebSession me, String slug) throws IOException {
        Map<?, ?> next = json.readValue(me.getJson("/api/study/" + slug + "/next").body(), Map.class);
        return ((Number) ((Map<?, ?>) next.get("counts")).get("reviews")).intValue();
    }

    private String keyPointId(String slug, String title) {
        return tx.executeRead(status -> {
            try (var q = status.getConnection().prepareStatement("SELECT id FROM key_point WHERE deck_slug = ? AND title = ?")) {
                q.setString(1, slug);
                q.setString(2, title);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    private long notDue(String slug) {
        return tx.executeRead(status -> {
            try (var q = status.getConnection().prepareStatement(
                    "SELECT COUNT(*) FROM card_state WHERE deck_slug = ? AND state = 'REVIEW' AND due > ?")) {
                q.setString(1, slug);
                q.setLong(2, System.currentTimeMillis() + DAY);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Test
    void aGoalBringsTheCardsThatWouldFallShortIntoTodaysStudy() throws IOException {
        WebSession me = learner();
        String slug = deckStudiedAWeekAgo(me);
        assertThat(notDue(slug)).as("the fixture: every card in review and not due before tomorrow").isEqualTo(4);
        assertThat(reviewsToday(me, slug)).isZero();

        String inTwoDays = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        var saved = me.post("/study/" + slug + "/goals", Map.of("title", "Seminar", "date", inTwoDays,
                "time", "09:00", "target", "97", "keyPoint", keyPointId(slug, "Alpha")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        // the goal's two cards, not the other key point's
        assertThat(reviewsToday(me, slug)).isEqualTo(2);
        String page = me.get("/study/" + slug + "/goals").body();
        assertThat(page).contains("Seminar").contains("97%").contains("2 cards to review today for this goal")
                .contains("Alpha").doesNotContain("<th scope=\"row\">Beta</th>");

        WebSession stranger = learner();
        Matcher id = Pattern.compile("/goals/(\\d+)/delete").matcher(page);
        assertThat(id.find()).isTrue();
        assertThat(stranger.post("/study/" + slug + "/goals/" + id.group(1) + "/delete", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(me.post("/study/" + slug + "/goals/" + id.group(1) + "/delete", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(reviewsToday(me, slug)).isZero();
    }

    @Test
    void aGoalInThePastOrWithoutANameIsRefusedInTheForm() throws IOException {
        WebSession me = learner();
        String slug = deckStudiedAWeekAgo(me);
        var refused = me.post("/study/" + slug + "/goals", Map.of("title", "", "date", "2001-01-01",
                "time", "09:00", "target", "90"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Name the goal").contains("Choose a moment in the future");
        assertThat(me.get("/study/" + slug + "/goals").body()).contains("No goal yet");
    }
}
