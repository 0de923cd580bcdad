package app.flashpoint.core.fsrs;

import java.util.List;

/**
 * Per day of a simulation (index 0 is the first day): the expected number of cards memorized
 * (sum of retrievability over the cards learned so far), reviews done, new cards learned and the
 * seconds spent.
 */
public record SimulationResult(
        List<Double> memorized,
        List<Integer> reviewCount,
        List<Integer> learnCount,
        List<Double> cost) {

    public SimulationResult {
        memorized = List.copyOf(memorized);
        reviewCount = List.copyOf(reviewCount);
        learnCount = List.copyOf(learnCount);
        cost = List.copyOf(cost);
    }

    public double totalCost() {
        return cost.stream().mapToDouble(Double::doubleValue).sum();
    }

    public long totalReviews() {
        return reviewCount.stream().mapToLong(Integer::longValue).sum();
    }

    public long totalLearned() {
        return learnCount.stream().mapToLong(Integer::longValue).sum();
    }

    /** Memorized on the last day. */
    public double finalMemorized() {
        return memorized.isEmpty() ? 0 : memorized.get(memorized.size() - 1);
    }

    /** Seconds spent per card memorized at the end: what the optimal retention minimizes. */
    public double costPerMemorized() {
        double m = finalMemorized();
        return m > 0 ? totalCost() / m : Double.POSITIVE_INFINITY;
    }
}
