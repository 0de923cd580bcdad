package app.flashpoint.selftest;

import java.util.Arrays;
import java.util.Optional;

/** When a self-test shows right and wrong; {@code code} is the text stored in self_test.feedback and posted by the form. */
enum SelfTestFeedback {
    /** After each answer. */
    IMMEDIATE("immediate"),
    /** Only on the results page. */
    AT_END("end");

    private final String code;

    SelfTestFeedback(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<SelfTestFeedback> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
