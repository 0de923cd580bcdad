package app.flashpoint.core.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * A card's scheduling state. For {@link State#NEW} cards stability and difficulty are 0 and
 * {@code lastReview} is null; {@code step} is only meaningful in (re)learning.
 */
public record CardState(
        State state,
        int step,
        double stability,
        double difficulty,
        Instant due,
        Instant lastReview,
        int reviewCount) {

    public CardState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        if (step < 0 || reviewCount < 0) {
            throw new IllegalArgumentException("step and reviewCount must be non-negative");
        }
        if (state != State.NEW && lastReview == null) {
            throw new IllegalArgumentException("a reviewed card needs lastReview");
        }
    }

    public static CardState newCard(Instant due) {
        return new CardState(State.NEW, 0, 0, 0, due, null, 0);
    }

    MemoryState memory() {
        return new MemoryState(stability, difficulty);
    }
}
