package app.flashpoint.study;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A learner's choices for one deck; a learner without a row studies with {@link #defaults}. */
@MappedEntity("study_settings")
record StudySettingsRow(@Id @GeneratedValue @Nullable Long id, long accountId, String deckSlug,
                        double desiredRetention, int newPerDay, int reviewsPerDay) {
    static final double DEFAULT_RETENTION = 0.90;
    static final int DEFAULT_NEW_PER_DAY = 20;
    static final int DEFAULT_REVIEWS_PER_DAY = 200;

    static StudySettingsRow defaults(long accountId, String deckSlug) {
        return new StudySettingsRow(null, accountId, deckSlug, DEFAULT_RETENTION, DEFAULT_NEW_PER_DAY,
                DEFAULT_REVIEWS_PER_DAY);
    }
}
