package app.flashpoint.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One attempt of one student (V8__assignments.sql). {@code questions} is the JSON list of selftest's Drawn,
 * fixed at start; {@code score} is the fraction 0..1 of the attempt, set once when it is submitted.
 */
@MappedEntity("attempt")
public record AttemptRow(@Id @GeneratedValue @Nullable Long id, long assignmentId, long accountId, int number,
                         long seed, String questions, long startedAt, @Nullable Long deadlineAt,
                         @Nullable Long submittedAt, @Nullable Double score) {
    public boolean submitted() {
        return submittedAt != null;
    }

    public boolean expiredAt(long now) {
        return deadlineAt != null && now >= deadlineAt;
    }
}
