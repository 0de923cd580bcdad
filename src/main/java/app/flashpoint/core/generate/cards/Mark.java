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

    /**
     * The name kept in the answer tables. Their CHECK constraints (V5, V8) admit only the names shipped
     * before CLOSE existed, so CLOSE is stored under its old name until a migration renames it.
     */
    public String stored() {
        return this == CLOSE ? "CORRECT_WITH_TYPO" : name();
    }

    /** Reads {@link #stored()} back, and the plain names too. */
    public static Mark fromStored(String stored) {
        return "CORRECT_WITH_TYPO".equals(stored) ? CLOSE : valueOf(stored);
    }
}
