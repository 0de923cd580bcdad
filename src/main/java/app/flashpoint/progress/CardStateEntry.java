package app.flashpoint.progress;

import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.State;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A learner's card_state row (written by the study pages); times are epoch milliseconds. */
@MappedEntity("card_state")
record CardStateEntry(@Id @GeneratedValue @Nullable Long id, long accountId, String deckSlug, String itemId,
                      String cardId, String state, int step, double stability, double difficulty, long due,
                      @Nullable Long lastReview, int reps, int lapses) {

    boolean isNew() {
        return State.NEW.name().equals(state) || lastReview == null;
    }

    CardState toCore() {
        return new CardState(State.valueOf(state), step, stability, difficulty, Instant.ofEpochMilli(due),
                lastReview == null ? null : Instant.ofEpochMilli(lastReview), reps);
    }
}
