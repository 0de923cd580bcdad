package app.flashpoint.core.generate.cards;

/**
 * The verdict on one answer. {@code CLOSE} is "nearly right" (a typo, the answer with words to spare, most
 * of an order): it counts as knowing the answer, but the learner is told the difference.
 */
public enum Mark {
    CORRECT, CLOSE, WRONG;

    public boolean counts() {
        return this != WRONG;
    }

    /** The name kept in the answer tables (V17 renamed the CORRECT_WITH_TYPO rows written before it to CLOSE). */
    public String stored() {
        return name();
    }

    public static Mark fromStored(String stored) {
        return valueOf(stored);
    }
}
