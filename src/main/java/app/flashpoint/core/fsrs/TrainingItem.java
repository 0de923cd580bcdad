package app.flashpoint.core.fsrs;

/**
 * The prediction of review {@code current} of a card from the reviews before it, as fsrs-rs's
 * FSRSItem: reviews {@code 0..current} of {@code card}, the last one being the labelled target.
 */
record TrainingItem(CardHistory card, int current) {

    /** Reviews in the item, the target included. */
    int length() {
        return current + 1;
    }

    int grade(int index) {
        return card.grades()[index];
    }

    int elapsedDays(int index) {
        return card.elapsedDays()[index];
    }

    int targetDays() {
        return card.elapsedDays()[current];
    }

    boolean recalled() {
        return card.grades()[current] > 1;
    }

    long time() {
        return card.epochSeconds()[current];
    }

    /** Reviews at least a day after the one before, target included. */
    int longTermReviewCount() {
        int count = 0;
        for (int i = 0; i <= current; i++) {
            if (card.elapsedDays()[i] >= 1) {
                count++;
            }
        }
        return count;
    }

    int firstLongTermIndex() {
        for (int i = 0; i <= current; i++) {
            if (card.elapsedDays()[i] >= 1) {
                return i;
            }
        }
        throw new IllegalStateException("item without a long-term review");
    }
}
