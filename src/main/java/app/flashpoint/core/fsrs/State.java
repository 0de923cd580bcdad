package app.flashpoint.core.fsrs;

/** Where a card is in the scheduler's state machine. */
public enum State {
    NEW,
    LEARNING,
    REVIEW,
    RELEARNING
}
