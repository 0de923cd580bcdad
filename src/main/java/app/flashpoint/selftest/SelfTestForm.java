package app.flashpoint.selftest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/**
 * The new-test form as posted (component names are the field names; the checkbox groups are lists). The
 * checks that need nothing but the form are constraints here; the time limit (only when {@code timed}) and
 * the choices of key points and kinds are checked against the deck in {@link SelfTestSettings#problems}.
 */
@Serdeable
record SelfTestForm(@Nullable String csrfToken, @Nullable List<String> keyPoint, @Nullable List<String> family,
                    @Nullable List<String> kind,
                    @NotBlank(message = QUESTIONS) @Pattern(regexp = WHOLE_1_TO_50, message = QUESTIONS)
                    @Nullable String questions,
                    @Nullable String timed, @Nullable String minutes,
                    @NotBlank(message = FEEDBACK) @Pattern(regexp = FEEDBACK_CODES, message = FEEDBACK)
                    @Nullable String feedback, @Nullable String selfMarked) {
    static final String QUESTIONS = "Enter a whole number of questions from 1 to " + SelfTestSettings.MAX_QUESTIONS + ".";
    static final String FEEDBACK = "Choose when to see whether your answers are right.";
    /** 1 to MAX_QUESTIONS (50) as Integer.valueOf reads it after a strip: an optional plus sign and leading zeros allowed. */
    static final String WHOLE_1_TO_50 = "(?U)\\s*\\+?0*([1-9]|[1-4][0-9]|50)\\s*";
    /** The codes of {@link SelfTestFeedback}, spelled out: an annotation needs a constant. */
    static final String FEEDBACK_CODES = "(?U)\\s*(immediate|end)\\s*";
}
