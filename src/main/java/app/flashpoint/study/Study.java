package app.flashpoint.study;

import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.core.fsrs.ReviewOutcome;
import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.core.fsrs.SchedulerSettings;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.text.Seeds;
import app.flashpoint.progress.PersonalWeights;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Daily study for one learner: the queue, recording answers (once per answer token), undo by replay.
 * Every method takes the signed-in account's id and reads and writes only that account's rows.
 */
@Singleton
class Study {
    enum Recorded { RECORDED, ALREADY_RECORDED, STALE }

    private final CardStateRepository states;
    private final ReviewLogRepository logs;
    private final StudySettingsRepository settings;
    private final StudyDay day;
    private final PersonalWeights weights;

    Study(CardStateRepository states, ReviewLogRepository logs, StudySettingsRepository settings, StudyDay day,
          PersonalWeights weights) {
        this.states = states;
        this.logs = logs;
        this.settings = settings;
        this.day = day;
        this.weights = weights;
    }

    /** Fuzz seed: stable per learner and card, so a replay reproduces due dates and learners do not move in step. */
    static long cardSeed(long accountId, String cardId) {
        return Seeds.of(accountId, cardId);
    }

    StudySettingsRow settings(long accountId, String slug) {
        return settings.findByAccountIdAndDeckSlug(accountId, slug)
                .orElseGet(() -> StudySettingsRow.defaults(accountId, slug));
    }

    Scheduler scheduler(long accountId, String slug) {
        return scheduler(accountId, settings(accountId, slug));
    }

    private Scheduler scheduler(long accountId, StudySettingsRow settings) {
        // the learner's own fitted weights once they have fitted them (progress/fsrs), else the defaults
        return new Scheduler(SchedulerSettings.defaults().withParameters(weights.forAccount(accountId))
                .withDesiredRetention(settings.desiredRetention()));
    }

    Optional<CardStateRow> state(long accountId, String cardId) {
        return states.findByAccountIdAndCardId(accountId, cardId);
    }

    Today today(long accountId, String slug) {
        long since = day.startOfToday().toEpochMilli();
        return Today.of(logs.since(accountId, slug, since), logs.cardsAnsweredBefore(accountId, slug, since));
    }

    StudyQueue queue(long accountId, DeckCards deck) {
        return plan(accountId, deck).queue();
    }

    /** What the study page and the study API show: the queue, today's answers and the scheduler, read once. */
    record Plan(StudyQueue queue, Today today, Scheduler scheduler) {
    }

    Plan plan(long accountId, DeckCards deck) {
        StudySettingsRow limits = settings(accountId, deck.slug());
        Scheduler scheduler = scheduler(accountId, limits);
        Today today = today(accountId, deck.slug());
        Map<String, CardStateRow> byCard = states.findByAccountIdAndDeckSlug(accountId, deck.slug()).stream()
                .collect(Collectors.toMap(CardStateRow::cardId, Function.identity()));
        StudyQueue queue = StudyQueue.build(deck.cards(), byCard, day.now(), scheduler,
                limits.newPerDay() - today.newCards(), limits.reviewsPerDay() - today.reviews());
        return new Plan(queue, today, scheduler);
    }

    /** When the next card comes up: the earliest due date, or tomorrow when only the new-card limit holds cards back. */
    Optional<Instant> nextDue(long accountId, DeckCards deck) {
        var rows = states.findByAccountIdAndDeckSlug(accountId, deck.slug());
        Optional<Instant> earliest = rows.stream().map(r -> Instant.ofEpochMilli(r.due())).min(Instant::compareTo);
        boolean newLeft = rows.size() < deck.cards().size() && settings(accountId, deck.slug()).newPerDay() > 0;
        if (newLeft) {
            Instant tomorrow = day.startOfTomorrow();
            return Optional.of(earliest.filter(e -> e.isBefore(tomorrow)).orElse(tomorrow));
        }
        return earliest;
    }

    /**
     * Records one answer in a transaction of its own. A token already in the log means this form was sent
     * before (double click, resend): nothing is written. {@code expectedReps} is the card's review count when
     * the form was shown; if it changed, another tab answered the card first and this answer is dropped.
     */
    @Transactional
    public Recorded answer(long accountId, DeckCards deck, Card card, Rating rating, String token, int expectedReps,
                           int durationMs) {
        return record(new Answer(accountId, deck, card, rating, token, expectedReps, durationMs));
    }

    /** One answer to record; see {@link #answer}. */
    record Answer(long accountId, DeckCards deck, Card card, Rating rating, String token, int expectedReps,
                  int durationMs) {
    }

    /**
     * Records {@code a} in the caller's transaction (the group commit runs many in one). Every check comes
     * before the first write, so an answer that is refused leaves nothing behind in a shared transaction.
     */
    Recorded record(Answer a) {
        if (logs.existsByAnswerToken(a.token())) {
            return Recorded.ALREADY_RECORDED;
        }
        Optional<CardStateRow> row = states.findByAccountIdAndCardId(a.accountId(), a.card().id());
        if (row.map(CardStateRow::reps).orElse(0) != a.expectedReps()) {
            return Recorded.STALE;
        }
        Instant now = day.now();
        CardState before = row.map(CardStateRow::toCardState).orElseGet(() -> CardState.newCard(now));
        ReviewOutcome outcome = scheduler(a.accountId(), a.deck().slug())
                .review(before, a.rating(), now, cardSeed(a.accountId(), a.card().id()));
        int lapses = row.map(CardStateRow::lapses).orElse(0) + Replay.lapse(before, a.rating());
        if (row.isPresent()) {
            if (!advance(row.get().with(outcome.card(), lapses), a.expectedReps())) {
                return Recorded.STALE; // another transaction answered it between our read and this write
            }
        } else {
            states.save(CardStateRow.of(null, a.accountId(), a.deck().slug(), a.card().itemId(), a.card().id(),
                    outcome.card(), lapses));
        }
        logs.save(new ReviewLogRow(null, a.accountId(), a.deck().slug(), a.card().itemId(), a.card().id(),
                ReviewLogRow.REVIEW, a.rating().grade(), now.toEpochMilli(), a.durationMs(), a.token()));
        return Recorded.RECORDED;
    }

    /**
     * Takes back this learner's last answer of today in this deck: deletes its log row and rebuilds the card by
     * replaying what is left of its log (a card with no answers left is new again). Returns the card's id.
     */
    @Transactional
    public Optional<String> undo(long accountId, String slug) {
        Optional<ReviewLogRow> last = logs.lastSince(accountId, slug, day.startOfToday().toEpochMilli());
        if (last.isEmpty()) {
            return Optional.empty();
        }
        String cardId = last.get().cardId();
        logs.delete(last.get());
        CardStateRow row = states.findByAccountIdAndCardId(accountId, cardId).orElseThrow();
        var rest = logs.cardLog(accountId, cardId);
        if (rest.isEmpty()) {
            states.delete(row);
        } else {
            Replay replay = Replay.of(scheduler(accountId, slug), rest, cardSeed(accountId, cardId));
            write(row.with(replay.card(), replay.lapses()), row.reps());
        }
        return Optional.of(cardId);
    }

    private void write(CardStateRow next, int expectedReps) {
        if (!advance(next, expectedReps)) {
            throw new StaleAnswerException();
        }
    }

    private boolean advance(CardStateRow next, int expectedReps) {
        return states.advance(next.id(), next.accountId(), next.state(), next.step(), next.stability(),
                next.difficulty(), next.due(), next.lastReview(), next.reps(), next.lapses(), expectedReps) == 1;
    }
}
