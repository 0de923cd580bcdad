package app.flashpoint.assignment;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A student's grade for a quiz assignment: the assignment's grading method (core GradingMethod) over the
 * scores of their submitted attempts, in attempt order. Attempts still open do not count. Public for the
 * gradebook; it does not apply the feedback timing, which is the caller's to respect for students.
 */
@Singleton
public class Grades {
    private final AttemptRepository attempts;

    Grades(AttemptRepository attempts) {
        this.attempts = attempts;
    }

    /** Empty when nothing is submitted yet. */
    public OptionalDouble of(AssignmentRow assignment, long accountId) {
        return of(assignment, attempts.findByAssignmentIdAndAccountIdOrderByNumber(assignment.id(), accountId));
    }

    /** From attempts already read (e.g. {@link AttemptRepository#ofAssignment}), only this student's. */
    public static OptionalDouble of(AssignmentRow assignment, List<AttemptRow> attemptsOfOneStudent) {
        List<Double> scores = attemptsOfOneStudent.stream().filter(AttemptRow::submitted)
                .sorted(java.util.Comparator.comparingInt(AttemptRow::number))
                .map(a -> a.score() == null ? 0.0 : a.score()).toList();
        return assignment.gradingMethod().grade(scores);
    }
}
