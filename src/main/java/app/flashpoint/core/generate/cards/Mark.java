package app.flashpoint.core.generate.cards;

/** The verdict on one answer. A typo still counts as knowing the answer, but the learner is told. */
public enum Mark {
    CORRECT, CORRECT_WITH_TYPO, WRONG;

    public boolean counts() {
        return this != WRONG;
    }
}
