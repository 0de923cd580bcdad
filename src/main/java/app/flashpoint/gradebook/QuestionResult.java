package app.flashpoint.gradebook;

import io.micronaut.core.annotation.Nullable;

/**
 * One question of an attempt: what was drawn and what was answered. An unanswered question of a submitted
 * attempt scores 0 (mark and response null).
 *
 * @param score 0..1; a saved answer not yet marked counts 0
 * @param answerId the saved answer's row, null when unanswered
 * @param autoMark what the marker said, when the instructor re-marked the answer (else null)
 */
record QuestionResult(int number, String itemId, @Nullable String response, @Nullable String chosenOption,
                      @Nullable String mark, double score, @Nullable Long answerId, boolean remarked,
                      @Nullable String autoMark, @Nullable Double autoScore) {
    boolean answered() {
        return response != null;
    }

    /** The mark in words for pages. */
    String markText() {
        if (mark == null) {
            return answered() ? "not marked" : "no answer";
        }
        return words(mark);
    }

    private static String words(String mark) {
        return switch (mark) {
            case "CORRECT" -> "correct";
            case "CLOSE" -> "nearly right";
            default -> "wrong";
        };
    }

    /** What the marker had said of a re-marked answer ("marked wrong, 0.00"), else empty. */
    String autoText() {
        return !remarked ? "" : "marked " + (autoMark == null ? "nothing" : words(autoMark)) + ", "
                + Figures.csv(autoScore == null ? 0.0 : autoScore);
    }
}
