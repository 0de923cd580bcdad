package app.flashpoint.core.stats;

import java.util.Objects;

/**
 * One item's result inside an attempt.
 *
 * @param itemId       the item (question) identifier
 * @param mark         marks earned, 0 ≤ mark ≤ maxMark
 * @param maxMark      marks available for the item, &gt; 0
 * @param chosenOption the option the learner picked (multiple choice), or {@code null} if not applicable
 */
public record Answer(String itemId, double mark, double maxMark, String chosenOption) {
    public Answer {
        Objects.requireNonNull(itemId, "itemId");
        if (!(maxMark > 0) || Double.isInfinite(maxMark)) {
            throw new IllegalArgumentException("maxMark must be positive and finite: " + maxMark);
        }
        if (!(mark >= 0 && mark <= maxMark)) {
            throw new IllegalArgumentException("mark must lie in [0, maxMark]: " + mark);
        }
    }

    /** An answer without an option choice (e.g. free-text or numeric items). */
    public static Answer of(String itemId, double mark, double maxMark) {
        return new Answer(itemId, mark, maxMark, null);
    }
}
