package app.flashpoint.study;

import app.flashpoint.card.DeckCards;
import app.flashpoint.card.StudyDecks;

import app.flashpoint.history.ReviewLogRow;
import app.flashpoint.history.ReviewLogRepository;
import app.flashpoint.history.CardStateRow;
import app.flashpoint.history.CardStateRepository;
import app.flashpoint.history.StudyStampRepository;
import app.flashpoint.history.AnswerRows;

import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.support.SharedApp;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of answers as the group commit hands it over, on the build's database: each answer gets the outcome
 * it would have got alone and in order, with the ids and study versions its rows were given.
 */
@SharedApp
class AnswerWriterTest {
    private static final String SLUG = "luo-interview";

    @Inject
    StudyInstances instances;
    @Inject
    StudyDecks decks;
    @Inject
    CardStateRepository states;
    @Inject
    ReviewLogRepository logs;
    @Inject
    StudyStampRepository stamps;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    Study study;

    /** Versioned, as on PostgreSQL, whichever database runs the test. */
    private AnswerWriter writer() {
        return instances.writer(true);
    }

    @Test
    void aMixedBatchGivesEachAnswerItsOwnOutcomeInOrder() {
        long me = guest();
        long other = guest();
        DeckCards deck = decks.of(SLUG, null);
        var first = deck.cards().get(0);
        var second = deck.cards().get(1);
        var writer = writer();
        Study.Answer seed = answer(me, deck, first.id(), 0);
        writer.alone(seed);
        long before = stamps.version(me, SLUG).orElseThrow();

        Study.Answer again = answer(me, deck, first.id(), 1);
        Study.Answer newCard = answer(me, deck, second.id(), 0);
        Study.Answer sameFormTwice = new Study.Answer(me, deck, second, Rating.GOOD, newCard.token(), 0, 900,
                newCard.scheduler());
        Study.Answer otherTab = answer(me, deck, first.id(), 1); // showed the card before `again` was recorded
        Study.Answer resent = seed;
        Study.Answer someoneElse = answer(other, deck, first.id(), 0);

        List<Study.Outcome> out = writer.record(List.of(again, newCard, sameFormTwice, otherTab, resent, someoneElse));

        assertThat(out).extracting(Study.Outcome::recorded).containsExactly(Study.Recorded.RECORDED,
                Study.Recorded.RECORDED, Study.Recorded.ALREADY_RECORDED, Study.Recorded.STALE,
                Study.Recorded.ALREADY_RECORDED, Study.Recorded.RECORDED);
        assertThat(out.get(0).version()).isEqualTo(before + 1);
        assertThat(out.get(1).version()).isEqualTo(before + 2);
        assertThat(stamps.version(me, SLUG)).contains(before + 2);
        assertThat(out.get(5).version()).isEqualTo(stamps.version(other, SLUG).orElseThrow());

        CardStateRow firstNow = states.findByAccountIdAndCardId(me, first.id()).orElseThrow();
        assertThat(out.get(0).state()).isEqualTo(firstNow);
        assertThat(firstNow.reps()).isEqualTo(2);
        assertThat(out.get(1).state()).isEqualTo(states.findByAccountIdAndCardId(me, second.id()).orElseThrow());
        assertThat(out.get(1).log()).isEqualTo(logs.findById(out.get(1).log().id()).orElseThrow());
        assertThat(logs.cardLog(me, first.id())).extracting(ReviewLogRow::answerToken)
                .containsExactly(seed.token(), again.token());
        assertThat(logs.cardLog(me, second.id())).hasSize(1);
        assertThat(logs.cardLog(other, first.id())).hasSize(1);
    }

    /**
     * The write checks the review count again, so an answer from another instance landing between a batch's read
     * and its write fails the batch (the group commit then records each answer alone) instead of being overwritten.
     */
    @Test
    void aCardThatMovedOnSinceTheReadIsNotOverwritten() {
        long me = guest();
        DeckCards deck = decks.of(SLUG, null);
        var card = deck.cards().get(0);
        writer().alone(answer(me, deck, card.id(), 0));
        CardStateRow stored = states.findByAccountIdAndCardId(me, card.id()).orElseThrow();
        var overwrite = new CardStateRow(stored.id(), me, SLUG, stored.itemId(), stored.cardId(), stored.state(),
                stored.step(), stored.stability(), stored.difficulty(), stored.due() + 1, stored.lastReview(),
                stored.reps() + 1, stored.lapses());

        boolean written = transactions.executeWrite(status -> new AnswerRows(status.getConnection())
                .advance(List.of(new AnswerRows.Update(overwrite, stored.reps() - 1))));

        assertThat(written).isFalse();
        assertThat(states.findByAccountIdAndCardId(me, card.id())).contains(stored);
        assertThat(writer().alone(answer(me, deck, card.id(), 0)).recorded()).isEqualTo(Study.Recorded.STALE);
    }

    /** A token sent again with another card (a forged or replayed form) is caught by the log's UNIQUE token. */
    @Test
    void aRecordedTokenSentWithAnotherCardIsStillARecordedAnswer() {
        long me = guest();
        DeckCards deck = decks.of(SLUG, null);
        Study.Answer first = answer(me, deck, deck.cards().get(0).id(), 0);
        writer().alone(first);
        var other = deck.cards().get(1);
        Study.Answer replayed = new Study.Answer(me, deck, other, Rating.EASY, first.token(), 0, 500, first.scheduler());

        assertThat(writer().alone(replayed).recorded()).isEqualTo(Study.Recorded.ALREADY_RECORDED);
        assertThat(states.findByAccountIdAndCardId(me, other.id())).isEmpty();
        assertThat(logs.cardLog(me, other.id())).isEmpty();
    }

    /**
     * A learner replaying a used token (with another card, so the batch's state read does not flag it) must not
     * fail the batch: the batch comes back with every outcome instead of throwing, which is what made the group
     * commit record all of its answers one by one.
     */
    @Test
    void aReplayedTokenInABatchIsRefusedAloneAndTheOthersAreRecordedInTheSameBatch() {
        long a = guest();
        long b = guest();
        long c = guest();
        DeckCards deck = decks.of(SLUG, null);
        Study.Answer used = answer(a, deck, deck.cards().get(0).id(), 0);
        writer().alone(used);
        var other = deck.cards().get(1);
        Study.Answer replayed = new Study.Answer(a, deck, other, Rating.EASY, used.token(), 0, 500, used.scheduler());
        Study.Answer fromB = answer(b, deck, other.id(), 0);
        Study.Answer fromC = answer(c, deck, other.id(), 0);

        List<Study.Outcome> out = writer().record(List.of(replayed, fromB, fromC));

        assertThat(out).extracting(Study.Outcome::recorded).containsExactly(Study.Recorded.ALREADY_RECORDED,
                Study.Recorded.RECORDED, Study.Recorded.RECORDED);
        assertThat(states.findByAccountIdAndCardId(a, other.id())).isEmpty();
        assertThat(logs.cardLog(a, other.id())).isEmpty();
        assertThat(out.get(1).state()).isEqualTo(states.findByAccountIdAndCardId(b, other.id()).orElseThrow());
        assertThat(out.get(2).log()).isEqualTo(logs.findById(out.get(2).log().id()).orElseThrow());
    }

    /** A replayed token first on a card answered again later in the batch: the later answer is decided without it. */
    @Test
    void aReplayedTokenAheadOfAnotherAnswerToTheSameCardDoesNotChangeThatAnswer() {
        long a = guest();
        DeckCards deck = decks.of(SLUG, null);
        Study.Answer used = answer(a, deck, deck.cards().get(0).id(), 0);
        writer().alone(used);
        var other = deck.cards().get(1);
        Study.Answer replayed = new Study.Answer(a, deck, other, Rating.EASY, used.token(), 0, 500, used.scheduler());
        Study.Answer honest = answer(a, deck, other.id(), 0);

        List<Study.Outcome> out = writer().record(List.of(replayed, honest));

        assertThat(out).extracting(Study.Outcome::recorded).containsExactly(Study.Recorded.ALREADY_RECORDED,
                Study.Recorded.RECORDED);
        CardStateRow now = states.findByAccountIdAndCardId(a, other.id()).orElseThrow();
        assertThat(now.reps()).isEqualTo(1);
        assertThat(out.get(1).state()).isEqualTo(now);
        assertThat(logs.cardLog(a, other.id())).extracting(ReviewLogRow::answerToken).containsExactly(honest.token());
    }

    /** Tokens are one learner's: another learner who sends (or happens to get) the same token is still recorded. */
    @Test
    void aTokenAnotherLearnerUsedFirstStillRecordsThisLearnersAnswer() {
        long a = guest();
        long b = guest();
        DeckCards deck = decks.of(SLUG, null);
        var card = deck.cards().get(0);
        Study.Answer fromA = answer(a, deck, card.id(), 0);
        writer().alone(fromA);
        Study.Answer fromB = new Study.Answer(b, deck, card, Rating.GOOD, fromA.token(), 0, 700, fromA.scheduler());

        assertThat(writer().alone(fromB).recorded()).isEqualTo(Study.Recorded.RECORDED);
        assertThat(logs.cardLog(b, card.id())).extracting(ReviewLogRow::answerToken).containsExactly(fromA.token());
        assertThat(writer().record(List.of(fromB))).extracting(Study.Outcome::recorded)
                .containsExactly(Study.Recorded.ALREADY_RECORDED);
        assertThat(logs.cardLog(a, card.id())).hasSize(1);
    }

    private Study.Answer answer(long accountId, DeckCards deck, String cardId, int expectedReps) {
        return instances.answer(study, accountId, deck, cardId, expectedReps);
    }

    private long guest() {
        return instances.guest();
    }
}
