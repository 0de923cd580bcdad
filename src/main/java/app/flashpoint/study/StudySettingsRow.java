package app.flashpoint.study;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A learner's choices for one deck; a learner without a row studies with {@link #defaults}. {@code leechThreshold}
 * is the lapse count that makes a card a leech (0: never), {@code leechAction} {@value #LEECH_SUSPEND} or
 * {@value #LEECH_TAG} (flag it only), {@code burySiblings} whether answering a card keeps its item's other cards
 * away until the next study day.
 */
@MappedEntity("study_settings")
record StudySettingsRow(@Id @GeneratedValue @Nullable Long id, long accountId, String deckSlug,
                        double desiredRetention, int newPerDay, int reviewsPerDay, int leechThreshold,
                        String leechAction, boolean burySiblings) {
    static final double DEFAULT_RETENTION = 0.90;
    static final int DEFAULT_NEW_PER_DAY = 20;
    static final int DEFAULT_REVIEWS_PER_DAY = 200;
    /** Anki's default. */
    static final int DEFAULT_LEECH_THRESHOLD = 8;
    static final String LEECH_SUSPEND = "suspend";
    static final String LEECH_TAG = "tag";

    static StudySettingsRow defaults(long accountId, String deckSlug) {
        return new StudySettingsRow(null, accountId, deckSlug, DEFAULT_RETENTION, DEFAULT_NEW_PER_DAY,
                DEFAULT_REVIEWS_PER_DAY, DEFAULT_LEECH_THRESHOLD, LEECH_SUSPEND, true);
    }

    /** These settings with no leech rule and no sibling burying (answers written outside daily study's forms). */
    StudySettingsRow withoutLeeches() {
        return new StudySettingsRow(id, accountId, deckSlug, desiredRetention, newPerDay, reviewsPerDay, 0, leechAction,
                false);
    }

    boolean leechSuspends() {
        return LEECH_SUSPEND.equals(leechAction);
    }

    /**
     * Whether reaching {@code lapses} makes a card a leech: at the threshold and every half-threshold after it
     * (8, 12, 16… with the default), as Anki does, so a card the learner kept is flagged again if it keeps lapsing.
     */
    boolean leechAt(int lapses) {
        if (leechThreshold <= 0 || lapses < leechThreshold) {
            return false;
        }
        return (lapses - leechThreshold) % Math.max(1, leechThreshold / 2) == 0;
    }

    /** The lapse count of the last leech flag at or below {@code lapses}, 0 if none. */
    int leechLevel(int lapses) {
        for (int l = lapses; l >= leechThreshold && l > 0; l--) {
            if (leechAt(l)) {
                return l;
            }
        }
        return 0;
    }
}
