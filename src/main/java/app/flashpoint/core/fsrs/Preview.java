package app.flashpoint.core.fsrs;

/** What each of the four answers would do to a card, for showing intervals on the buttons. */
public record Preview(ReviewOutcome again, ReviewOutcome hard, ReviewOutcome good, ReviewOutcome easy) {

    public ReviewOutcome get(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }
}
