package app.flashpoint.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * The saved answer to question {@code number} of an attempt: {@code response} as selftest's ResponseCodec
 * writes it, marked when saved ({@code score} 0..1), {@code chosenOption} the chosen option's text for a
 * multiple-choice item (the same whatever order it was shown in), else null.
 */
@MappedEntity("attempt_answer")
public record AttemptAnswerRow(@Id @GeneratedValue @Nullable Long id, long attemptId, int number, String itemId,
                               String response, @Nullable String chosenOption, @Nullable String mark,
                               @Nullable Double score, long savedAt, @Nullable String autoMark,
                               @Nullable Double autoScore, @Nullable Long remarkedBy, @Nullable Long remarkedAt) {
    public boolean remarked() {
        return remarkedAt != null;
    }
}
