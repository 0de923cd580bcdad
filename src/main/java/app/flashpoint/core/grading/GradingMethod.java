package app.flashpoint.core.grading;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a student's grade for a quiz assignment comes from the scores (0..1) of their submitted attempts:
 * the highest, the last submitted, or the mean. The one place this rule lives (assignment pages, gradebook).
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

    /** How a student is told the rule. */
    public String describe() {
        return switch (this) {
            case HIGHEST -> "your highest score counts";
            case LAST -> "your last submitted attempt counts";
            case AVERAGE -> "the average of your attempts counts";
        };
    }
}
