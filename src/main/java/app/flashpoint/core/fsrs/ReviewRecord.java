package app.flashpoint.core.fsrs;

import java.time.Instant;
import java.util.Objects;

/** One row of a learner's review log, the optimizer's input. */
public record ReviewRecord(long cardId, Rating rating, Instant time) {
    public ReviewRecord {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(time, "time");
    }
}
