package app.flashpoint.study;

import app.flashpoint.history.ReviewLogRow;

import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.core.fsrs.State;

import java.util.List;

/**
 * Rebuilds a card from its log, the way {@link Scheduler#replay} does, also counting lapses (answers of
 * Again on a card in review), which the core state does not carry.
 */
record Replay(CardState card, int lapses) {

    static Replay of(Scheduler scheduler, List<ReviewLogRow> log, long cardSeed) {
        CardState card = CardState.newCard(java.time.Instant.ofEpochMilli(log.get(0).reviewedAt()));
        int lapses = 0;
        for (ReviewLogRow row : log) {
            Rating rating = Rating.ofGrade(row.rating());
            lapses += lapse(card, rating);
            card = scheduler.review(card, rating, java.time.Instant.ofEpochMilli(row.reviewedAt()), cardSeed).card();
        }
        return new Replay(card, lapses);
    }

    static int lapse(CardState before, Rating rating) {
        return before.state() == State.REVIEW && rating == Rating.AGAIN ? 1 : 0;
    }
}
