package app.flashpoint.core.generate.lint;

/**
 * What an item lint warning is about. {@code blocksDrafts}: the generator drops a draft with such a
 * warning, because the item would be broken, not just weaker (an authored item only gets the warning). The
 * others are advisory: the item is weaker, and the bank justifies any it keeps in the item's {@code note}.
 */
public enum LintCode {
    KEY_LONGEST(false),
    DUPLICATE_OPTIONS(true),
    ANSWER_IN_STEM(true),
    STOP_WORD_BLANK(true),
    LONG_ANSWER(false),
    ENUMERATION(true),
    // Advisory rules of issue 15 (test-wise cues and giveaway shapes): a warning for the author, never a
    // reason to drop a draft or stop the bank loading.
    /** Across the deck the key is the shortest option more often than chance: "pick the shortest" pays. */
    KEY_SHORTEST(false),
    /** Strong words ("always", "only", "no way") sit mostly in statements of one truth value. */
    STRONG_WORDS(false),
    /** A matching of fewer than 3 pairs: the first pair gives the last away. */
    FEW_PAIRS(false),
    /** An ordering of fewer than 3 elements is a coin toss. */
    FEW_STEPS(false),
    /** A context label inside a reversible front becomes part of the reverse card's answer. */
    LABEL_IN_FRONT(false);

    private final boolean blocksDrafts;

    LintCode(boolean blocksDrafts) {
        this.blocksDrafts = blocksDrafts;
    }

    public boolean blocksDrafts() {
        return blocksDrafts;
    }

    public String jsonName() {
        return name().toLowerCase();
    }
}
