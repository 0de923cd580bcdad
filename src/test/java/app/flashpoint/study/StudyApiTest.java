package app.flashpoint.study;

import app.flashpoint.history.ReviewLogRepository;
import app.flashpoint.history.CardStateRow;
import app.flashpoint.history.CardStateRepository;

import app.flashpoint.core.fsrs.Parameters;
import app.flashpoint.support.WebSession;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import app.flashpoint.support.SharedApp;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON study API through the embedded server: one POST per review, with the form path's rules. */
@SharedApp
class StudyApiTest {
    private static final String SLUG = "luo-interview";
    private static final String NEXT = "/api/study/" + SLUG + "/next";
    private static final String ANSWERS = "/api/study/" + SLUG + "/answers";

    @Inject
    EmbeddedServer server;
    @Inject
    ReviewLogRepository logs;
    @Inject
    CardStateRepository states;
    @Inject
    JsonMapper json;
    @Inject
    StudyCache cache;
    @Value("${flashpoint.db.url}")
    String dbUrl;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void theQueueCacheIsVersionedWhereInstancesMayShareTheDatabase() {
        assertThat(cache.enabled()).isTrue();
        assertThat(cache.versioned()).isEqualTo(!dbUrl.startsWith("jdbc:sqlite:"));
    }

    /**
     * The scheduler (built from the learner's weights) stays with the queue between reviews: reverting a fit
     * must reach it. The fitted row is seeded straight into the table (a fit takes seconds), with an initial
     * stability for Easy of 100 days where the defaults give about 8.
     */
    @Test
    void revertingTheFittedWeightsReachesTheNextCardsIntervals() {
        Learner me = guest();
        String defaults = easy(me);
        double[] weights = Parameters.defaults().toArray();
        weights[3] = 100;
        tx.executeWrite(status -> {
            try (var insert = status.getConnection().prepareStatement("INSERT INTO fsrs_weights (account_id, weights,"
                    + " fit_kind, review_count, item_count, millis, fitted_at) VALUES (?, ?, 'FULL', 900, 150, 50, 0)")) {
                insert.setLong(1, me.id);
                insert.setString(2, Arrays.stream(weights).mapToObj(Double::toString).collect(Collectors.joining(",")));
                return insert.executeUpdate();
            }
        });
        cache.forget(me.id); // written behind the study package's back
        String fitted = easy(me);
        assertThat(fitted).isNotEqualTo(defaults);

        assertThat(me.web.post("/progress/fsrs/revert", Map.of()).statusCode()).isEqualTo(303);
        assertThat(easy(me)).isEqualTo(defaults);
    }

    private String easy(Learner me) {
        List<Object> intervals = list(map(read(me.web.getJson(NEXT)).get("card")).get("intervals"));
        return (String) map(intervals.get(3)).get("interval");
    }

    @Test
    void theNextCardComesWithItsTokenAndIntervalsAndOnePostRecordsItAndBringsTheNext() {
        Learner me = guest();
        Map<String, Object> next = read(me.web.getJson(NEXT));
        Map<String, Object> card = map(next.get("card"));
        assertThat((String) card.get("token")).matches(StudyPages.TOKEN.pattern());
        assertThat(card.get("reps")).isEqualTo(0);
        assertThat(list(card.get("intervals"))).extracting(b -> map(b).get("label"))
                .containsExactly("Again", "Hard", "Good", "Easy");
        assertThat(map(next.get("counts"))).containsEntry("newCards", 20).containsEntry("answeredToday", 0);

        HttpResponse<String> answered = me.web.postJson(ANSWERS, rating(card, 3), me.web.csrfToken());
        assertThat(answered.statusCode()).isEqualTo(200);
        Map<String, Object> result = read(answered);
        assertThat(result.get("result")).isEqualTo("recorded");
        Map<String, Object> after = map(map(result.get("next")).get("card"));
        assertThat(after.get("key")).isNotEqualTo(card.get("key"));
        assertThat(after.get("token")).isNotEqualTo(card.get("token"));
        assertThat(map(map(result.get("next")).get("counts"))).containsEntry("answeredToday", 1);

        String key = (String) card.get("key");
        assertThat(logs.cardLog(me.id, key)).singleElement().satisfies(r -> assertThat(r.rating()).isEqualTo(3));
        assertThat(states.findByAccountIdAndCardId(me.id, key).orElseThrow().reps()).isEqualTo(1);
    }

    @Test
    void theFrontComesRenderedAsTheStudyPageDrawsIt() {
        Learner me = guest();
        Map<String, Object> card = map(read(me.web.getJson(NEXT)).get("card"));
        String html = (String) card.get("html");
        assertThat(html).startsWith("<h1 class=\"card-label\">").contains("id=\"reveal-form\"")
                .contains("name=\"card\" value=\"" + card.get("key") + "\"")
                .contains("name=\"token\" value=\"" + card.get("token") + "\"")
                .contains("action=\"/study/" + SLUG + "\"").doesNotContain("rate-form");

        // the page shows the same card's front; only the one-time token and the time shown differ
        String page = me.web.get("/study/" + SLUG).body();
        String article = page.substring(page.indexOf("<h1 class=\"card-label\">"), page.indexOf("</form>",
                page.indexOf("id=\"reveal-form\"")) + "</form>".length());
        assertThat(withoutTokens(html)).isEqualTo(withoutTokens(article));
    }

    private static String withoutTokens(String html) {
        return html.replaceAll("name=\"token\" value=\"[^\"]*\"", "")
                .replaceAll("name=\"shown\" value=\"[^\"]*\"", "");
    }

    @Test
    void frontsNeverCarryTheAnswer() {
        Learner me = guest();
        int fronts = 0;
        for (HttpResponse<String> next = me.web.getJson(NEXT); read(next).get("card") != null; next = me.web.getJson(NEXT)) {
            fronts++;
            // no option's correctness or distractor note, no cloze blank's text
            assertThat(next.body()).doesNotContain("\"correct\"").doesNotContain("\"why\"")
                    .doesNotContainPattern("\"text\":\"[^\"]+\",\"blank\":true");
            me.web.postJson(ANSWERS, rating(map(read(next).get("card")), 3), me.web.csrfToken());
        }
        assertThat(fronts).isEqualTo(20); // the day's new cards
    }

    @Test
    void aTokenIsRecordedOnceAndAStaleReviewCountIsDropped() {
        Learner me = guest();
        Map<String, Object> card = map(read(me.web.getJson(NEXT)).get("card"));
        String key = (String) card.get("key");
        assertThat(read(me.web.postJson(ANSWERS, rating(card, 3), me.web.csrfToken())).get("result")).isEqualTo("recorded");
        assertThat(read(me.web.postJson(ANSWERS, rating(card, 3), me.web.csrfToken())).get("result"))
                .isEqualTo("already_recorded");
        assertThat(read(me.web.postJson(ANSWERS, rating(card, 1), me.web.csrfToken())).get("result"))
                .isEqualTo("already_recorded");
        // the same card shown in another tab before the first answer: a new token, but its review count is old
        String otherTab = "{\"card\":\"" + key + "\",\"rating\":4,\"token\":\"" + UUID.randomUUID() + "\",\"reps\":0}";
        assertThat(read(me.web.postJson(ANSWERS, otherTab, me.web.csrfToken())).get("result")).isEqualTo("stale");
        assertThat(logs.cardLog(me.id, key)).singleElement().satisfies(r -> assertThat(r.rating()).isEqualTo(3));
        assertThat(states.findByAccountIdAndCardId(me.id, key).orElseThrow().reps()).isEqualTo(1);
    }

    @Test
    void aLearnerReadsAndChangesOnlyTheirOwnStudy() {
        Learner alice = guest();
        Learner bob = guest();
        Map<String, Object> aliceCard = map(read(alice.web.getJson(NEXT)).get("card"));
        String key = (String) aliceCard.get("key");
        alice.web.postJson(ANSWERS, rating(aliceCard, 3), alice.web.csrfToken());
        CardStateRow aliceState = states.findByAccountIdAndCardId(alice.id, key).orElseThrow();

        // Bob's next card and counts are his own
        Map<String, Object> bobNext = read(bob.web.getJson(NEXT));
        assertThat(map(bobNext.get("counts"))).containsEntry("answeredToday", 0).containsEntry("newCards", 20);
        // Alice's used token sent by Bob: tokens are per learner, so it records Bob's own card and leaves Alice's alone
        HttpResponse<String> replayed = bob.web.postJson(ANSWERS, rating(aliceCard, 1), bob.web.csrfToken());
        assertThat(read(replayed).get("result")).isEqualTo("recorded");
        assertThat(logs.cardLog(bob.id, key)).hasSize(1);
        assertThat(logs.cardLog(alice.id, key)).hasSize(1);
        assertThat(states.findByAccountIdAndCardId(alice.id, key).orElseThrow()).isEqualTo(aliceState);
        // Alice's CSRF token is not Bob's: refused
        HttpResponse<String> crossed = bob.web.postJson(ANSWERS, rating(map(bobNext.get("card")), 3), alice.web.csrfToken());
        assertThat(crossed.statusCode()).isEqualTo(403);
        // a card key that is not in this deck is a 404 with a reason
        String foreign = "{\"card\":\"someone-elses#0\",\"rating\":3,\"token\":\"" + UUID.randomUUID() + "\",\"reps\":0}";
        HttpResponse<String> unknown = bob.web.postJson(ANSWERS, foreign, bob.web.csrfToken());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(read(unknown).get("error")).asString().contains("someone-elses#0");
        assertThat(logs.since(bob.id, SLUG, 0)).hasSize(1);
    }

    @Test
    void badInputIsA4xxWithAJsonReason() {
        Learner me = guest();
        Map<String, Object> card = map(read(me.web.getJson(NEXT)).get("card"));
        String csrf = me.web.csrfToken();
        assertRefused(me.web.postJson(ANSWERS, rating(card, 0), csrf), 400, "rating must be 1");
        assertRefused(me.web.postJson(ANSWERS, rating(card, 5), csrf), 400, "rating must be 1");
        assertRefused(me.web.postJson(ANSWERS, "{\"card\":\"" + card.get("key") + "\",\"rating\":3,\"reps\":0}", csrf),
                400, "incomplete");
        assertRefused(me.web.postJson(ANSWERS, "{\"card\":\"" + card.get("key") + "\",\"rating\":3,\"token\":\"x\",\"reps\":0}",
                csrf), 400, "incomplete");
        assertRefused(me.web.postJson(ANSWERS, "{not json", csrf), 400, "not valid JSON");
        assertRefused(me.web.postJson(ANSWERS, "{\"rating\":\"three\"}", csrf), 400, "Invalid");
        assertRefused(me.web.getJson("/api/study/no-such-deck/next"), 404, "no-such-deck");
        assertThat(logs.since(me.id, SLUG, 0)).isEmpty();
    }

    @Test
    void withoutTheCsrfHeaderOrASessionNothingIsRecorded() {
        Learner me = guest();
        Map<String, Object> card = map(read(me.web.getJson(NEXT)).get("card"));
        assertRefused(me.web.postJson(ANSWERS, rating(card, 3), null), 403, "X-CSRF-Token");
        assertRefused(me.web.postJson(ANSWERS, rating(card, 3), "abc.def"), 403, "X-CSRF-Token");
        assertThat(logs.since(me.id, SLUG, 0)).isEmpty();

        var visitor = new WebSession(URI.create(server.getURL() + "/"));
        visitor.get("/");
        assertThat(visitor.getJson(NEXT).statusCode()).isEqualTo(401);
        assertThat(visitor.postJson(ANSWERS, rating(card, 3), visitor.csrfToken()).statusCode()).isEqualTo(401);
    }

    @Test
    void concurrentAnswersAreEachRecordedExactlyOnce() throws Exception {
        int learners = 16;
        List<Learner> all = new ArrayList<>();
        List<Map<String, Object>> cards = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            Learner learner = guest();
            all.add(learner);
            cards.add(map(read(learner.web.getJson(NEXT)).get("card")));
        }
        // every learner's answer is sent twice at once (a double click): 32 requests racing into the group commit
        ExecutorService pool = Executors.newFixedThreadPool(2 * learners);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 2 * learners; i++) {
                Learner learner = all.get(i % learners);
                String body = rating(cards.get(i % learners), 3);
                Callable<String> send = () -> {
                    start.await();
                    return (String) read(learner.web.postJson(ANSWERS, body, learner.web.csrfToken())).get("result");
                };
                results.add(pool.submit(send));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn("recorded"::equals).hasSize(learners);
            assertThat(outcomes).filteredOn("already_recorded"::equals).hasSize(learners);
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < learners; i++) {
            String key = (String) cards.get(i).get("key");
            assertThat(logs.cardLog(all.get(i).id, key)).hasSize(1);
            assertThat(states.findByAccountIdAndCardId(all.get(i).id, key).orElseThrow().reps()).isEqualTo(1);
        }
    }

    // ---- helpers ----

    private record Learner(WebSession web, long id) {
    }

    private Learner guest() {
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/");
        web.post("/guest", Map.of("next", "/study/" + SLUG));
        web.get("/study/" + SLUG); // the page whose csrfToken the script would send
        return new Learner(web, web.accountId());
    }

    private static String rating(Map<String, Object> card, int rating) {
        return "{\"card\":\"" + card.get("key") + "\",\"rating\":" + rating + ",\"token\":\"" + card.get("token")
                + "\",\"reps\":" + card.get("reps") + ",\"shown\":" + card.get("shown") + "}";
    }

    private void assertRefused(HttpResponse<String> response, int status, String reason) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(read(response)).containsEntry("status", status).hasEntrySatisfying("error",
                e -> assertThat((String) e).contains(reason));
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
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return new ArrayList<>((List<?>) value);
    }
}
