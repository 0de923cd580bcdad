package app.flashpoint.gradebook;

import io.micronaut.core.annotation.Nullable;

/**
 * One question of an attempt: what was drawn and what was answered. An unanswered question of a submitted
 * attempt scores 0 (mark and response null).
 *
 * @param score 0..1; a saved answer not yet marked counts 0
 */
record QuestionResult(int number, String itemId, @Nullable String response, @Nullable String chosenOption,
                      @Nullable String mark, double score) {
    boolean answered() {
        return response != null;
    }

    /** The mark in words for pages. */
    String markText() {
        if (mark == null) {
            return answered() ? "not marked" : "no answer";
        }
        return switch (mark) {
            case "CORRECT" -> "correct";
            case "CLOSE" -> "nearly right";
            default -> "wrong";
        };
    }
}
