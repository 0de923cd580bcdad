package app.flashpoint.progress;

import app.flashpoint.history.ReviewLogRow;
import app.flashpoint.history.ReviewLogRepository;
import app.flashpoint.history.CardStateRow;
import app.flashpoint.history.CardStateRepository;

import app.flashpoint.support.Viewers;
import app.flashpoint.support.SimulatedLearner;
import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.Optimizer;
import app.flashpoint.core.fsrs.Parameters;
import app.flashpoint.core.fsrs.ReviewRecord;
import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.core.fsrs.SchedulerSettings;
import app.flashpoint.core.fsrs.State;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.support.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import io.micronaut.transaction.TransactionOperations;

import java.net.URI;
import java.sql.Connection;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and the personal optimizer through the embedded server, on rows seeded straight into
 * review_log and card_state (the study pages' tables). The clock is fixed at Wednesday 2026-03-18 12:00
 * UTC and days are UTC days, so every expected figure below can be checked by hand.
 */
@MicronautTest(transactional = false)
@Property(name = "flashpoint.time-zone", value = "UTC")
class ProgressPagesTest {
    static final Instant NOW = Instant.parse("2026-03-18T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    @Inject
    EmbeddedServer server;
    @Inject
    ReviewLogRepository log;
    @Inject
    CardStateRepository states;
    @Inject
    FittedWeightsRepository fitted;
    @Inject
    PersonalWeights personalWeights;
    @Inject
    VisibleDecks deckCards;
    @Inject
    TransactionOperations<Connection> tx;

    @MockBean(Clock.class)
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private WebSession guest() {
        WebSession web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/");
        assertThat(web.post("/guest", Map.of()).statusCode()).isEqualTo(303);
        return web;
    }

    private static long accountId(WebSession web) {
        return web.accountId();
    }

    /** 10:00 UTC on the day {@code offset} days from today, plus {@code minutes}. */
    private static long at(int offset, int minutes) {
        return TODAY.plusDays(offset).atTime(10, 0).toInstant(ZoneOffset.UTC).plus(Duration.ofMinutes(minutes))
                .toEpochMilli();
    }

    private void answer(long account, Card card, String mode, int rating, long time) {
        log.save(new ReviewLogRow(null, account, "luo-interview", card.itemId(), card.id(), mode, rating, time, 4000,
                UUID.randomUUID().toString()));
    }

    private void state(long account, Card card, State state, long due, long lastReview) {
        states.save(new CardStateRow(null, account, "luo-interview", card.itemId(), card.id(), state.name(), 0, 5.0,
                5.0, due, lastReview, 2, 0));
    }

    private List<Card> cards() {
        return deckCards.all(Viewers.ADMIN).stream().filter(d -> d.detail().slug().equals("luo-interview")).findFirst()
                .orElseThrow().cards();
    }

    @Test
    void dashboardShowsHandComputableFiguresAndOnlyToItsOwner() {
        WebSession learner = guest();
        long id = accountId(learner);
        List<Card> cards = cards();
        Card c1 = cards.get(0);
        Card c2 = cards.get(1);
        Card c3 = cards.get(2);
        Card c4 = cards.get(3);
        // Review days -10, -9, -8, -7 (a 4-day run) and -2, -1, 0 (the current 3-day streak).
        answer(id, c1, "review", 3, at(-10, 0));
        answer(id, c1, "review", 3, at(-7, 0));   // counts (3 days after), passed; week of 9 Mar
        answer(id, c1, "review", 1, at(-2, 0));   // counts, failed; week of 16 Mar
        answer(id, c1, "review", 3, at(-2, 10));  // relearning step 10 min later: does not count
        answer(id, c2, "review", 3, at(-9, 0));
        answer(id, c2, "review", 2, at(-8, 0));   // counts, passed (Hard); week of 9 Mar
        answer(id, c2, "review", 3, at(-1, 0));   // counts, passed; week of 16 Mar
        answer(id, c3, "review", 4, at(0, 0));    // first review: does not count
        // Cram on days -6..-3 would join both runs into an 11-day streak if it were counted as review.
        answer(id, c1, "cram", 3, at(-6, 0));
        answer(id, c1, "cram", 3, at(-5, 0));
        answer(id, c1, "cram", 1, at(-4, 0));
        answer(id, c1, "cram", 4, at(-3, 0));
        answer(id, c2, "test", 3, at(-1, 30));
        answer(id, c2, "test", 1, at(-1, 31));
        answer(id, c3, "test", 3, at(-1, 32));
        state(id, c1, State.REVIEW, at(3, 0), at(-2, 10));
        state(id, c2, State.REVIEW, at(5, 0), at(-1, 0));
        state(id, c3, State.LEARNING, at(0, 10), at(0, 0));
        state(id, c4, State.REVIEW, at(-2, 0), at(-12, 0)); // overdue: shown under today

        HttpResponse<String> page = learner.get("/progress");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).doesNotContain("No reviews yet");
        assertThat(html).contains("<strong id=\"review-count\">8</strong>")
                .contains("<strong id=\"current-streak\">3</strong>")
                .contains("<strong id=\"longest-streak\">4</strong>")
                .contains("<strong id=\"retention-total\">75%</strong>");
        // heatmap: an accessible SVG plus the list of days
        assertThat(html).contains("role=\"img\"").contains("aria-labelledby=\"heatmap-svg-title\"")
                .contains("8 reviews on 7 days")
                .contains("<li>2026-03-16: 2 reviews</li>").contains("<li>2026-03-18: 1 review</li>")
                .contains("<title>2026-03-16: 2 reviews</title>");
        // retention per week: 2 of 2 in the week of 9 Mar, 1 of 2 in the week of 16 Mar
        assertThat(squash(html)).contains("<th scope=\"row\">9 Mar</th><td>2</td><td>2</td><td>100%</td>")
                .contains("<th scope=\"row\">16 Mar</th><td>1</td><td>2</td><td>50%</td>");
        // forecast: c3 (learning, later today) and c4 (overdue) today, c1 in 3 days, c2 in 5 days
        assertThat(html).contains("4 cards due in the next 30 days, 1 of them overdue")
                .contains("<li>2026-03-18: 2 due</li>").contains("<li>2026-03-21: 1 due</li>")
                .contains("<li>2026-03-23: 1 due</li>");
        // cards by state: every card of the deck not in learning/review is new
        int total = cards.size();
        assertThat(squash(html)).contains("<td class=\"new\">" + (total - 4) + "</td><td class=\"learning\">1</td>"
                + "<td class=\"review\">3</td><td class=\"relearning\">0</td><td>" + total + "</td>");
        // mastery of c1's key point: mean retrievability now over its cards, unreviewed = 0
        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults());
        List<Card> kp = cards.stream().filter(c -> c.keyPoint().equals(c1.keyPoint())).toList();
        double sum = 0;
        int reviewed = 0;
        for (Card c : kp) {
            CardStateRow s = states.findByAccountId(id).stream().filter(e -> e.cardId().equals(c.id())).findFirst()
                    .orElse(null);
            if (s != null) {
                sum += scheduler.retrievability(new CardState(State.valueOf(s.state()), 0, 5, 5,
                        Instant.ofEpochMilli(s.due()), Instant.ofEpochMilli(s.lastReview()), 2), NOW);
                reviewed++;
            }
        }
        assertThat(squash(html)).contains("<td>" + reviewed + " of " + kp.size() + "</td>")
                .contains("aria-label=\"" + Math.round(100 * sum / kp.size()) + "% mastery\"");
        // cram and self-test, apart from reviews
        assertThat(squash(html)).contains("<li><span>4</span> cram answers, <span>3</span> right</li>")
                .contains("<li><span>3</span> self-test answers, <span>2</span> right</li>")
                .contains("<td>2026-03-17</td><td>Self-test</td><td>3</td><td>2</td>");

        // The optimizer page counts the same log: 8 reviews, 4 usable, too few to fit.
        String fsrs = learner.get("/progress/fsrs").body();
        assertThat(fsrs).contains("<span id=\"review-count\">8</span>").contains("<span id=\"training-items\">4</span>")
                .contains("disabled=\"disabled\">Fit my weights").contains("fitting needs at least 8");
        // The retention curve, simulated with the weights in use (defaults here), suggests a retention in range.
        java.util.regex.Matcher optimum = java.util.regex.Pattern
                .compile("<strong id=\"optimal-retention\">(0\\.\\d\\d)</strong>").matcher(fsrs);
        assertThat(optimum.find()).as("suggested retention shown").isTrue();
        assertThat(Double.parseDouble(optimum.group(1))).isBetween(0.70, 0.97);
        assertThat(fsrs).contains("<svg class=\"chart\" id=\"retention-curve\"").contains("<polyline")
                .contains("id=\"retention-curve-table\"");
        assertThat(fsrs.split("<tr class=\"changed\">", -1)).as("the optimum's row is marked once").hasSizeGreaterThan(1);
        assertThat(learner.post("/progress/fsrs/fit", Map.of()).headers().firstValue("Location"))
                .contains("/progress/fsrs?notice=too-few");

        // Another learner sees none of it.
        WebSession other = guest();
        String theirs = other.get("/progress").body();
        assertThat(theirs).contains("No reviews yet").doesNotContain("review-count")
                .contains("<td class=\"new\">" + total + "</td>").doesNotContain("cram answers, <span>3");
        assertThat(other.get("/progress/fsrs").body()).contains("<span id=\"review-count\">0</span>");
    }

    @Test
    void fittingStoresWeightsWithTheEvaluationAndRevertRestoresDefaults() throws InterruptedException {
        WebSession learner = guest();
        long id = accountId(learner);
        List<ReviewRecord> simulated = new ArrayList<>(SimulatedLearner.simulate(Parameters.defaults(), 150, 6, 7));
        simulated.sort(Comparator.comparing(ReviewRecord::time));
        List<Card> cards = cards();
        List<ReviewRecord> asStored = new ArrayList<>();
        List<ReviewLogRow> rows = new ArrayList<>();
        for (ReviewRecord r : simulated) {
            Card item = cards.get((int) (r.cardId() % cards.size()));
            String cardId = item.itemId() + "#sim" + r.cardId();
            rows.add(new ReviewLogRow(null, id, "luo-interview", item.itemId(), cardId, "review", r.rating().grade(),
                    r.time().toEpochMilli(), 3000, UUID.randomUUID().toString()));
            asStored.add(new ReviewRecord(CardKeys.of(cardId), r.rating(), r.time()));
        }
        // One transaction: 900 separate commits with synchronous=FULL take seconds. (saveAll would batch, but
        // sqlite-jdbc returns no generated keys for a batch.)
        tx.executeWrite(status -> {
            rows.forEach(log::save);
            return null;
        });
        String before = learner.get("/progress/fsrs").body();
        assertThat(before).contains("The FSRS-6 default weights.").contains("<span id=\"review-count\">900</span>")
                .contains("Enough reviews for a full fit").doesNotContain("disabled=\"disabled\">Fit my weights");

        HttpResponse<String> started = learner.post("/progress/fsrs/fit", Map.of());
        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(started.headers().firstValue("Location")).contains("/progress/fsrs");
        String status = "";
        for (int i = 0; i < 300 && !status.contains("\"done\""); i++) {
            status = learner.get("/progress/fsrs/job").body();
            assertThat(status).doesNotContain("failed");
            Thread.sleep(100);
        }
        assertThat(status).contains("\"status\":\"done\"");

        FittedWeightsRow row = fitted.findByAccountId(id).orElseThrow();
        assertThat(row.fitKind()).isEqualTo("FULL");
        assertThat(row.reviewCount()).isEqualTo(900);
        assertThat(row.fittedAt()).isEqualTo(NOW.toEpochMilli());
        assertThat(row.splitLogLoss()).isNotNull().isPositive();
        assertThat(row.splitRmseBins()).isNotNull();
        assertThat(row.logLoss()).isLessThan(row.defaultLogLoss());
        // the stored weights are exactly what the optimizer fits on the learner's review-mode log
        Parameters expected = new Optimizer().fit(asStored).parameters();
        assertThat(personalWeights.forAccount(id).toArray()).containsExactly(expected.toArray());

        String after = learner.get("/progress/fsrs").body();
        assertThat(after).contains("Your fitted weights.").contains("All 21 weights fitted")
                .contains("Fitted <span id=\"fitted-at\">2026-03-18 12:00</span>")
                .contains(String.format(java.util.Locale.ROOT, "<td class=\"before\">%.4f</td>", row.defaultLogLoss()))
                .contains(String.format(java.util.Locale.ROOT, "<td class=\"after\">%.4f</td>", row.logLoss()))
                .contains(String.format(java.util.Locale.ROOT, "<td class=\"split\">%.4f</td>", row.splitLogLoss()))
                .contains("Revert to defaults");
        // another learner still schedules with the defaults
        WebSession other = guest();
        assertThat(other.get("/progress/fsrs").body()).contains("The FSRS-6 default weights.")
                .doesNotContain("fit-result");
        assertThat(personalWeights.forAccount(accountId(other))).isEqualTo(Parameters.defaults());

        HttpResponse<String> reverted = learner.post("/progress/fsrs/revert", Map.of());
        assertThat(reverted.statusCode()).isEqualTo(303);
        assertThat(personalWeights.forAccount(id)).isEqualTo(Parameters.defaults());
        assertThat(learner.get("/progress/fsrs?notice=reverted").body()).contains("The FSRS-6 default weights.")
                .contains("uses the default FSRS-6 weights again").doesNotContain("fit-result");
    }

    @Test
    void formsNeedTheCsrfTokenAndPagesNeedASignedInLearner() {
        WebSession learner = guest();
        learner.get("/progress/fsrs");
        assertThat(learner.postRaw("/progress/fsrs/fit", Map.of()).statusCode()).isEqualTo(403);
        assertThat(learner.postRaw("/progress/fsrs/revert", Map.of("csrfToken", "forged.token")).statusCode())
                .isEqualTo(403);

        WebSession visitor = new WebSession(URI.create(server.getURL() + "/"));
        for (String path : List.of("/progress", "/progress/fsrs")) {
            HttpResponse<String> response = visitor.get(path);
            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                    .startsWith("/login?next="));
        }
        visitor.get("/");
        assertThat(visitor.post("/progress/fsrs/revert", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void currentStreakSurvivesADayNotYetStudied() {
        Map<LocalDate, Integer> days = Map.of(TODAY.minusDays(1), 2, TODAY.minusDays(2), 1, TODAY.minusDays(5), 1);
        assertThat(DashboardBuilder.streaks(days, TODAY)).isEqualTo(new Dashboard.Streaks(2, 2));
        assertThat(DashboardBuilder.streaks(Map.of(TODAY.minusDays(2), 1), TODAY)).isEqualTo(new Dashboard.Streaks(0, 1));
    }

    private static String squash(String html) {
        return html.replaceAll(">\\s+<", "><");
    }
}
