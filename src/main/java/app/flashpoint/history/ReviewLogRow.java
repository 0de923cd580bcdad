package app.flashpoint.history;

import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.core.fsrs.Review;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One answer; the source of truth for card_state. {@code answerToken} is unique per learner, so a resent form is refused. */
@MappedEntity("review_log")
public record ReviewLogRow(@Id @GeneratedValue @Nullable Long id, long accountId, String deckSlug, String itemId,
                    String cardId, String mode, int rating, long reviewedAt, int durationMs, String answerToken) {
    public ReviewMode reviewMode() {
        return ReviewMode.of(mode);
    }

    /** Again (1) is a lapse; Hard, Good and Easy are passes, as FSRS counts recall. */
    public boolean passed() {
        return rating > 1;
    }

    /** This row as stored under {@code newId} (an insert's generated id). */
    public ReviewLogRow withId(Long newId) {
        return new ReviewLogRow(newId, accountId, deckSlug, itemId, cardId, mode, rating, reviewedAt, durationMs,
                answerToken);
    }

    public Review toReview() {
        return new Review(Rating.ofGrade(rating), Instant.ofEpochMilli(reviewedAt));
    }
}
