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
        // the learner's own fitted weights once they have fitted them (progress/fsrs), else the defaults
        return new Scheduler(SchedulerSettings.defaults().withParameters(weights.forAccount(accountId))
                .withDesiredRetention(settings(accountId, slug).desiredRetention()));
    }

    Optional<CardStateRow> state(long accountId, String cardId) {
        return states.findByAccountIdAndCardId(accountId, cardId);
    }

    Today today(long accountId, String slug) {
        long since = day.startOfToday().toEpochMilli();
        return Today.of(logs.since(accountId, slug, since), logs.cardsAnsweredBefore(accountId, slug, since));
    }

    StudyQueue queue(long accountId, DeckCards deck) {
        StudySettingsRow limits = settings(accountId, deck.slug());
        Today today = today(accountId, deck.slug());
        Map<String, CardStateRow> byCard = states.findByAccountIdAndDeckSlug(accountId, deck.slug()).stream()
                .collect(Collectors.toMap(CardStateRow::cardId, Function.identity()));
        return StudyQueue.build(deck.cards(), byCard, day.now(), scheduler(accountId, deck.slug()),
                limits.newPerDay() - today.newCards(), limits.reviewsPerDay() - today.reviews());
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
     * Records one answer. A token already in the log means this form was sent before (double click, resend):
     * nothing is written. {@code expectedReps} is the card's review count when the form was shown; if it
     * changed, another tab answered the card first and this answer is dropped.
     */
    @Transactional
    public Recorded answer(long accountId, DeckCards deck, Card card, Rating rating, String token, int expectedReps,
                           int durationMs) {
        if (logs.existsByAnswerToken(token)) {
            return Recorded.ALREADY_RECORDED;
        }
        Optional<CardStateRow> row = states.findByAccountIdAndCardId(accountId, card.id());
        if (row.map(CardStateRow::reps).orElse(0) != expectedReps) {
            return Recorded.STALE;
        }
        Instant now = day.now();
        CardState before = row.map(CardStateRow::toCardState).orElseGet(() -> CardState.newCard(now));
        ReviewOutcome outcome = scheduler(accountId, deck.slug()).review(before, rating, now, cardSeed(accountId, card.id()));
        int lapses = row.map(CardStateRow::lapses).orElse(0) + Replay.lapse(before, rating);
        logs.save(new ReviewLogRow(null, accountId, deck.slug(), card.itemId(), card.id(), ReviewLogRow.REVIEW,
                rating.grade(), now.toEpochMilli(), durationMs, token));
        if (row.isPresent()) {
            write(row.get().with(outcome.card(), lapses), expectedReps);
        } else {
            states.save(CardStateRow.of(null, accountId, deck.slug(), card.itemId(), card.id(), outcome.card(), lapses));
        }
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
        int changed = states.advance(next.id(), next.accountId(), next.state(), next.step(), next.stability(),
                next.difficulty(), next.due(), next.lastReview(), next.reps(), next.lapses(), expectedReps);
        if (changed != 1) {
            throw new StaleAnswerException();
        }
    }
}
