package app.flashpoint.assignment;

import java.util.Arrays;
import java.util.Optional;

/** When a student of a quiz sees right and wrong; {@code code} is the text stored in assignment.feedback. */
public enum FeedbackTiming {
    /** After each answer, while the attempt is taken (the answer is then locked). */
    IMMEDIATE("immediate"),
    /** Once the attempt is submitted. */
    AFTER_SUBMIT("after_submit"),
    /** From the close time on, score included. */
    AFTER_CLOSE("after_close");

    private final String code;

    FeedbackTiming(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Empty for any other text (a hand-made form). */
    public static Optional<FeedbackTiming> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
