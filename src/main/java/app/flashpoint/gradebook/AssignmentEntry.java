package app.flashpoint.gradebook;

import app.flashpoint.core.grading.GradingMethod;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * An assignment as the gradebook reads it (the assignment feature owns the table and its writes). Times are
 * epoch milliseconds.
 */
@MappedEntity("assignment")
record AssignmentEntry(@Id long id, long classroomId, String kind, String title, String blueprint, long openAt,
                       @Nullable Long closeAt, @Nullable Long dueAt, String grading) {
    static final String QUIZ = "quiz";
    static final String PRACTICE = "practice";

    boolean quiz() {
        return QUIZ.equals(kind);
    }

    GradingMethod method() {
        return GradingMethod.of(grading);
    }
}
