package app.flashpoint.history;

import java.util.Arrays;

/**
 * Why an answer is in the review log. Only {@link #REVIEW} (the daily study) moves a card's schedule and trains
 * the optimizer; cram and self-test answers are history, never card_state.
 */
public enum ReviewMode {
    REVIEW("review"), CRAM("cram"), TEST("test");

    private final String code;

    ReviewMode(String code) {
        this.code = code;
    }

    /** The value stored in {@code review_log.mode}. */
    public String code() {
        return code;
    }

    public static ReviewMode of(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown review mode: " + code));
    }
}
