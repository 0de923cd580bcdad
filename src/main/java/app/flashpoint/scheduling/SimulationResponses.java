package app.flashpoint.scheduling;

import app.flashpoint.core.fsrs.OptimalRetention;
import app.flashpoint.core.fsrs.SimulationResult;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The JSON answers of the simulator endpoints. Costs are seconds. */
final class SimulationResponses {
    private SimulationResponses() {
    }

    /** Per-day lists (index 0 = first day) and the totals the optimal-retention search uses. */
    @Serdeable
    record Simulate(List<Double> memorized, List<Integer> reviewCount, List<Integer> learnCount, List<Double> cost,
                    double totalCost, long totalReviews, long totalLearned, double costPerMemorized) {
        static Simulate of(SimulationResult r) {
            return new Simulate(r.memorized(), r.reviewCount(), r.learnCount(), r.cost(), r.totalCost(),
                    r.totalReviews(), r.totalLearned(), r.costPerMemorized());
        }
    }

    @Serdeable
    record Optimal(double retention, List<Point> curve) {
        static Optimal of(OptimalRetention.Result r) {
            return new Optimal(r.retention(), r.curve().stream()
                    .map(p -> new Point(p.retention(), p.costPerMemorized(), p.reviewsPerDay(), p.costPerDay(),
                            p.memorized()))
                    .toList());
        }
    }

    /** One retention of the grid: averaged over the samples; memorized is on the last day. */
    @Serdeable
    record Point(double retention, double costPerMemorized, double reviewsPerDay, double costPerDay,
                 double memorized) {
    }
}
