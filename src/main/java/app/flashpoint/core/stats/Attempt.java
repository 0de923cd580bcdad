package app.flashpoint.core.stats;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One learner's finished attempt at a quiz: one {@link Answer} per item, item ids unique. */
public record Attempt(String attemptId, List<Answer> answers) {
    public Attempt {
        Objects.requireNonNull(attemptId, "attemptId");
        answers = List.copyOf(answers);
        Set<String> seen = new HashSet<>();
        for (Answer answer : answers) {
            if (!seen.add(answer.itemId())) {
                throw new IllegalArgumentException("duplicate item " + answer.itemId() + " in attempt " + attemptId);
            }
        }
    }

    /** Total mark T of this attempt. */
    public double total() {
        double sum = 0;
        for (Answer answer : answers) {
            sum += answer.mark();
        }
        return sum;
    }
}
