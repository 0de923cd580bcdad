package app.flashpoint.study;

import app.flashpoint.card.DeckCards;
import app.flashpoint.card.StudyDecks;

import app.flashpoint.history.StudyStampRepository;

import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances sharing one database, each with its own versioned queue cache (as on PostgreSQL): an answer
 * recorded by one reaches the other's next queue, and a queue nobody wrote to is not re-read. Runs on
 * whichever database the build uses; the two "instances" are two {@link Study} objects over the same tables.
 */
@SharedApp
class StudyCacheAcrossInstancesTest {
    private static final String SLUG = "luo-interview";

    @Inject
    StudyInstances instances;
    @Inject
    StudyDecks decks;
    @Inject
    StudyDay day;
    @Inject
    StudyStampRepository stamps;

    private Study instance(StudyCache cache) {
        return instances.study(cache);
    }

    private AnswerWriter writer(StudyCache cache) {
        return instances.writer(cache.versioned());
    }

    /** The rule that makes versions safe: a version is raised only in the transaction that wrote. */
    @Test
    void aVersionCannotBeRaisedOutsideAWritingTransaction() {
        long me = guest();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> stamps.raise(me, SLUG))
                .isInstanceOf(io.micronaut.transaction.exceptions.IllegalTransactionStateException.class);
        assertThat(stamps.version(me, SLUG)).isEmpty();
    }

    @Test
    void anAnswerRecordedByOneInstanceReachesTheOthersQueue() {
        long me = guest();
        DeckCards deck = decks.of(SLUG, null);
        Study a = instance(new StudyCache(true, true, stamps));
        var cacheOfB = new StudyCache(true, true, stamps);
        Study b = instance(cacheOfB);

        var first = a.plan(me, deck).queue().next().card();
        assertThat(b.plan(me, deck).queue().next().card()).isEqualTo(first);

        assertThat(writer(cacheOfB).alone(answer(b, me, deck, first.id())).recorded()).isEqualTo(Study.Recorded.RECORDED);

        Study.Plan seenByA = a.plan(me, deck);
        assertThat(seenByA.queue().next().card()).isNotEqualTo(first);
        assertThat(seenByA.today().answers()).isEqualTo(1);
        assertThat(seenByA.state(first.id())).hasValueSatisfying(row -> assertThat(row.reps()).isEqualTo(1));
    }

    /** The same two instances without versions: the first keeps its stale copy, which is why PostgreSQL checks. */
    @Test
    void withoutVersionsTheOtherInstanceWouldKeepAStaleQueue() {
        long me = guest();
        DeckCards deck = decks.of(SLUG, null);
        Study a = instance(new StudyCache(true, false, stamps));
        var cacheOfB = new StudyCache(true, false, stamps);
        Study b = instance(cacheOfB);

        var first = a.plan(me, deck).queue().next().card();
        writer(cacheOfB).alone(answer(b, me, deck, first.id()));

        assertThat(a.plan(me, deck).queue().next().card()).isEqualTo(first);
    }

    @Test
    void aQueueNobodyWroteToIsNotReadAgainAndOwnAnswersAreAppliedInPlace() {
        long me = guest();
        DeckCards deck = decks.of(SLUG, null);
        var cache = new StudyCache(true, true, stamps);
        Study a = instance(cache);
        long today = day.startOfToday(me).toEpochMilli();
        a.plan(me, deck);
        StudyCache.Snapshot loaded = cache.get(me, SLUG, today, v -> readAgain());

        var first = deck.cards().get(0);
        Study.Outcome outcome = writer(cache).alone(answer(a, me, deck, first.id()));
        assertThat(outcome.version()).isEqualTo(loaded.version() + 1);
        cache.recorded(outcome.state(), outcome.log(), outcome.version()); // as the group commit does once committed

        StudyCache.Snapshot after = cache.get(me, SLUG, today, v -> readAgain());
        assertThat(after.version()).isEqualTo(outcome.version());
        assertThat(after.states()).containsKey(first.id());
        assertThat(after.today()).hasSize(1);
    }

    /**
     * An answer is recorded with the copy this instance already has, without reading the version first; its
     * commit shows the version moved by more than its own write, so the copy is dropped and the next queue
     * holds the other instance's answer too.
     */
    @Test
    void anAnswerRecordedWithAStaleCopyDropsItOnCommit() {
        long me = guest();
        DeckCards deck = decks.of(SLUG, null);
        var cacheOfA = new StudyCache(true, true, stamps);
        var cacheOfB = new StudyCache(true, true, stamps);
        Study a = instance(cacheOfA);
        Study b = instance(cacheOfB);
        long today = day.startOfToday(me).toEpochMilli();
        var first = deck.cards().get(0);
        var second = deck.cards().get(1);
        a.plan(me, deck);
        StudyCache.Snapshot loaded = cacheOfA.known(me, SLUG, today, v -> readAgain());

        writer(cacheOfB).alone(answer(b, me, deck, first.id()));
        assertThat(cacheOfA.known(me, SLUG, today, v -> readAgain())).isSameAs(loaded);
        Study.Outcome mine = writer(cacheOfA).alone(answer(a, me, deck, second.id()));
        cacheOfA.recorded(mine.state(), mine.log(), mine.version());

        Study.Plan seenByA = a.plan(me, deck);
        assertThat(seenByA.today().answers()).isEqualTo(2);
        assertThat(seenByA.state(first.id())).isPresent();
        assertThat(seenByA.state(second.id())).isPresent();
    }

    private static StudyCache.Snapshot readAgain() {
        throw new AssertionError("read the rows again though no other instance wrote");
    }

    private Study.Answer answer(Study study, long accountId, DeckCards deck, String cardId) {
        return instances.answer(study, accountId, deck, cardId, 0);
    }

    private long guest() {
        return instances.guest();
    }
}
