package app.flashpoint.core.grading;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How a student's grade for a quiz comes from the scores (fractions 0..1) of their submitted attempts, as
 * Moodle's quiz "grading method": the highest, the last, or the mean. Attempts still open, or never
 * submitted, are not passed in: an attempt counts once it is submitted.
 */
public enum GradingMethod {
    HIGHEST,
    LAST,
    AVERAGE;

    /** The method stored as {@code assignment.grading} ("highest", "last", "average"). */
    public static GradingMethod of(String stored) {
        return valueOf(stored.strip().toUpperCase(Locale.ROOT));
    }

    /** The stored form, as {@code assignment.grading} holds it. */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grade, or empty when there is no submitted attempt. */
    public OptionalDouble grade(List<Double> scoresInAttemptOrder) {
        if (scoresInAttemptOrder.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (this) {
            case HIGHEST -> OptionalDouble.of(scoresInAttemptOrder.stream().mapToDouble(Double::doubleValue).max()
                    .orElseThrow());
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

    /** Words for pages and exports. */
    public String label() {
        return switch (this) {
            case HIGHEST -> "highest attempt";
            case LAST -> "last attempt";
            case AVERAGE -> "average of attempts";
        };
    }
}
