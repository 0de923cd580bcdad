package app.flashpoint.core.grading;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a student's grade for a quiz assignment comes from the scores (0..1) of their submitted attempts, as
 * Moodle's quiz "grading method": the highest, the last submitted, or the mean. Attempts still open are not
 * passed in: an attempt counts once it is submitted. The one place this rule lives (assignment pages,
 * gradebook, exports).
 */
public enum GradingMethod {
    HIGHEST, LAST, AVERAGE;

    /** The value stored in assignment.grading. */
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GradingMethod> fromDb(String name) {
        return Arrays.stream(values()).filter(m -> m.dbName().equals(name)).findFirst();
    }

    /**
     * The grade from the scores of the submitted attempts in the order they were taken (attempt number);
     * empty when nothing was submitted (no grade yet, which is not a zero).
     */
    public OptionalDouble grade(List<Double> scoresInAttemptOrder) {
        if (scoresInAttemptOrder.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (this) {
            case HIGHEST -> scoresInAttemptOrder.stream().mapToDouble(Double::doubleValue).max();
            case LAST -> OptionalDouble.of(scoresInAttemptOrder.get(scoresInAttemptOrder.size() - 1));
            case AVERAGE -> scoresInAttemptOrder.stream().mapToDouble(Double::doubleValue).average();
        };
    }

    /**
     * The index of the attempt whose per-question results stand for the grade (in exports and reports):
     * the first attempt with the highest score, or the last attempt. An average belongs to no single
     * attempt, so it is shown with the last one. -1 when there is none.
     */
    public int gradedAttempt(List<Double> scoresInAttemptOrder) {
        if (scoresInAttemptOrder.isEmpty()) {
            return -1;
        }
        if (this != HIGHEST) {
            return scoresInAttemptOrder.size() - 1;
        }
        int best = 0;
        for (int i = 1; i < scoresInAttemptOrder.size(); i++) {
            if (scoresInAttemptOrder.get(i) > scoresInAttemptOrder.get(best)) {
                best = i;
            }
        }
        return best;
    }

    /** How a student is told the rule. */
    public String describe() {
        return switch (this) {
            case HIGHEST -> "your highest score counts";
            case LAST -> "your last submitted attempt counts";
            case AVERAGE -> "the average of your attempts counts";
        };
    }

    /** Words for the instructor's pages and exports. */
    public String label() {
        return switch (this) {
            case HIGHEST -> "highest attempt";
            case LAST -> "last attempt";
            case AVERAGE -> "average of attempts";
        };
    }
}
