package app.flashpoint.core.generate.lint;

/**
 * What an item lint warning is about. {@code blocksDrafts}: the generator drops a draft with such a
 * warning, because the item would be broken, not just weaker (an authored item only gets the warning).
 */
public enum LintCode {
    KEY_LONGEST(false),
    DUPLICATE_OPTIONS(true),
    ANSWER_IN_STEM(true),
    STOP_WORD_BLANK(true),
    LONG_ANSWER(false),
    ENUMERATION(true);

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
