package app.flashpoint.gradebook;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** One attempt with its questions. {@code score} is the stored fraction 0..1, null until submitted. */
record AttemptResult(long attemptId, int number, long startedAt, @Nullable Long submittedAt, @Nullable Double score,
                     List<QuestionResult> questions) {
    boolean submitted() {
        return submittedAt != null;
    }
}
