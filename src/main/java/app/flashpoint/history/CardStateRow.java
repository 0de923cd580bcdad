package app.flashpoint.history;

import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.State;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One learner's schedule of one card: a cache of what replaying the card's review log gives. Times are
 * epoch milliseconds, like every timestamp of the schema.
 */
@MappedEntity("card_state")
public record CardStateRow(@Id @GeneratedValue @Nullable Long id, long accountId, String deckSlug, String itemId,
                    String cardId, String state, int step, double stability, double difficulty, long due,
                    @Nullable Long lastReview, int reps, int lapses) {

    /** Never reviewed: shown as New whatever the row says. */
    public boolean isNew() {
        return State.NEW.name().equals(state) || lastReview == null;
    }

    public CardState toCardState() {
        return new CardState(State.valueOf(state), step, stability, difficulty, Instant.ofEpochMilli(due),
                lastReview == null ? null : Instant.ofEpochMilli(lastReview), reps);
    }

    /** The row for {@code card} after a review, keeping this row's id so it is updated in place. */
    public CardStateRow with(CardState card, int newLapses) {
        return of(id, accountId, deckSlug, itemId, cardId, card, newLapses);
    }

    /** This row as stored under {@code newId} (an insert's generated id). */
    public CardStateRow withId(Long newId) {
        return new CardStateRow(newId, accountId, deckSlug, itemId, cardId, state, step, stability, difficulty, due,
                lastReview, reps, lapses);
    }

    public static CardStateRow of(@Nullable Long id, long accountId, String deckSlug, String itemId, String cardId,
                           CardState card, int lapses) {
        return new CardStateRow(id, accountId, deckSlug, itemId, cardId, card.state().name(), card.step(),
                card.stability(), card.difficulty(), card.due().toEpochMilli(),
                card.lastReview() == null ? null : card.lastReview().toEpochMilli(), card.reviewCount(), lapses);
    }
}
