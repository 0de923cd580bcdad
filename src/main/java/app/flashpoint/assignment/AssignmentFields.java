package app.flashpoint.assignment;

import app.flashpoint.core.bank.Bloom;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The new-assignment form as posted: component names are the field names, checkbox groups are lists. The
 * Bloom weights are posted as {@code bloom-<level>}: Micronaut's form binding turns a hyphenated name into
 * camel case ({@code bloom-apply} binds {@code bloomApply}; micronaut-core issue 7830), so no renaming is
 * needed. The checks that need nothing but one field are constraints here, with the messages the form shows; the quiz-only ones are in the {@link QuizChecks} group (a practice
 * ignores those fields). Times, the deck's choices, grading and feedback timing are checked in
 * {@link AssignmentForm#problems}. The patterns read numbers as {@code Integer.valueOf} does after a strip
 * (a plus sign and leading zeros allowed).
 */
@Serdeable
record AssignmentFields(@Nullable String csrfToken,
                        @NotBlank(message = TITLE) @Pattern(regexp = TITLE_PATTERN, message = TITLE) @Nullable String title,
                        @Nullable List<String> keyPoint, @Nullable List<String> family, @Nullable List<String> kind,
                        @Pattern(regexp = BLOOM_PATTERN, message = BLOOM, groups = QuizChecks.class)
                        @Nullable String bloomRemember,
                        @Pattern(regexp = BLOOM_PATTERN, message = BLOOM, groups = QuizChecks.class)
                        @Nullable String bloomUnderstand,
                        @Pattern(regexp = BLOOM_PATTERN, message = BLOOM, groups = QuizChecks.class)
                        @Nullable String bloomApply,
                        @Pattern(regexp = BLOOM_PATTERN, message = BLOOM, groups = QuizChecks.class)
                        @Nullable String bloomAnalyze,
                        @Pattern(regexp = BLOOM_PATTERN, message = BLOOM, groups = QuizChecks.class)
                        @Nullable String bloomEvaluate,
                        @Pattern(regexp = BLOOM_PATTERN, message = BLOOM, groups = QuizChecks.class)
                        @Nullable String bloomCreate,
                        @NotBlank(message = QUESTIONS, groups = QuizChecks.class)
                        @Pattern(regexp = QUESTIONS_PATTERN, message = QUESTIONS, groups = QuizChecks.class)
                        @Nullable String questions,
                        @Nullable String opens, @Nullable String closes, @Nullable String due,
                        @Pattern(regexp = MINUTES_PATTERN, message = MINUTES, groups = QuizChecks.class)
                        @Nullable String minutes,
                        @Pattern(regexp = ATTEMPTS_PATTERN, message = ATTEMPTS, groups = QuizChecks.class)
                        @Nullable String attempts,
                        @Nullable String grading, @Nullable String shuffleQuestions, @Nullable String shuffleOptions,
                        @Nullable String feedback,
                        @Pattern(regexp = CLOSE_CREDIT_PATTERN, message = CLOSE_CREDIT, groups = QuizChecks.class)
                        @Nullable String closeCredit, @Nullable String selfMarked, @Nullable String readyBy) {
    /** The posted Bloom weights by level (YAML names), null where the field was not sent. */
    Map<Bloom, String> bloom() {
        var weights = new EnumMap<Bloom, String>(Bloom.class);
        String[] values = {bloomRemember, bloomUnderstand, bloomApply, bloomAnalyze, bloomEvaluate, bloomCreate};
        for (Bloom b : Bloom.values()) {
            weights.put(b, values[b.ordinal()]);
        }
        return weights;
    }

    /** The constraints only a quiz has. */
    interface QuizChecks {
    }

    static final String TITLE = "Give the assignment a title of up to " + AssignmentForm.MAX_TITLE + " characters.";
    /** 1 to 120 characters once stripped (MAX_TITLE). */
    static final String TITLE_PATTERN = "(?Us)\\s*(\\S(.{0,118}\\S)?)\\s*";
    static final String QUESTIONS = "Enter a whole number of questions from 1 to " + AssignmentForm.MAX_QUESTIONS + ".";
    /** 1 to 50 (MAX_QUESTIONS). */
    static final String QUESTIONS_PATTERN = "(?U)\\s*\\+?0*([1-9]|[1-4][0-9]|50)\\s*";
    static final String MINUTES = "Leave the time limit blank, or enter 1 to " + AssignmentForm.MAX_MINUTES + " minutes.";
    /** Blank, or 1 to 600 (MAX_MINUTES). */
    static final String MINUTES_PATTERN = "(?U)\\s*(\\+?0*([1-9]|[1-9][0-9]|[1-5][0-9]{2}|600))?\\s*";
    static final String ATTEMPTS = "Leave blank for unlimited attempts, or enter 1 to " + AssignmentForm.MAX_ATTEMPTS + ".";
    /** Blank, or 1 to 100 (MAX_ATTEMPTS). */
    static final String ATTEMPTS_PATTERN = "(?U)\\s*(\\+?0*([1-9]|[1-9][0-9]|100))?\\s*";
    static final String CLOSE_CREDIT = "Enter what a nearly right answer earns: a whole percentage from 0 to 100.";
    /** Blank (full marks), or 0 to 100. */
    static final String CLOSE_CREDIT_PATTERN = "(?U)\\s*(\\+?0*([0-9]|[1-9][0-9]|100))?\\s*";
    static final String BLOOM = "Bloom weights are whole numbers from 0 to " + AssignmentForm.MAX_BLOOM_WEIGHT + " (blank: any).";
    /** Blank, or 0 to 10 (MAX_BLOOM_WEIGHT); "-0" is 0 to Integer.valueOf. */
    static final String BLOOM_PATTERN = "(?U)\\s*(\\+?0*([0-9]|10)|-0+)?\\s*";
}
