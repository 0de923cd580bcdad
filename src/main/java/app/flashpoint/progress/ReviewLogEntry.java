package app.flashpoint.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One answer of review_log as progress reads it. The study pages own the writes; this mapping exists here
 * so progress depends on the table, not on the study package's classes.
 */
@MappedEntity("review_log")
record ReviewLogEntry(@Id @GeneratedValue @Nullable Long id, long accountId, String deckSlug, String itemId,
                      String cardId, String mode, int rating, long reviewedAt, long durationMs, String answerToken) {
    static final String REVIEW = "review";
    static final String CRAM = "cram";
    static final String TEST = "test";

    /** Again (1) is a lapse; Hard, Good and Easy are passes, as FSRS counts recall. */
    boolean passed() {
        return rating > 1;
    }
}
