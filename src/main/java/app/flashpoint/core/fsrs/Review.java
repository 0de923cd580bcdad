package app.flashpoint.core.fsrs;

import java.time.Instant;
import java.util.Objects;

/** One entry of a card's review log: what was answered, and when. */
public record Review(Rating rating, Instant time) {
    public Review {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(time, "time");
    }
}
