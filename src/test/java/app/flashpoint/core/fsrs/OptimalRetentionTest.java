package app.flashpoint.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The optimal-retention grid search on default weights. */
class OptimalRetentionTest {

    /**
     * With default weights forgetting is cheap (a lapse keeps much of its stability), so the cost per
     * memorized card rises with retention over the whole range and the optimum is the lower bound, as in
     * fsrs-rs's own test_optimal_retention (0.7 for default weights).
     */
    @Test
    void defaultWeightsPickTheLowerBoundAndTheTopCostsMost() {
        SimulationConfig config = SimulationConfig.of(Parameters.defaults(), 0.9, 1000, 365, 1800);
        OptimalRetention.Result result = OptimalRetention.find(config, 1, 2, 3);
        List<OptimalRetention.Point> curve = result.curve();

        assertThat(result.retention()).isEqualTo(0.70);
        assertThat(curve.get(curve.size() - 1).costPerMemorized()).isGreaterThan(2 * curve.get(0).costPerMemorized());
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i).reviewsPerDay()).isGreaterThan(curve.get(i - 1).reviewsPerDay() * 0.97);
            assertThat(curve.get(i).memorized()).isGreaterThan(curve.get(i - 1).memorized() * 0.99);
        }
    }

    /** A learner whose lapses are expensive (post-lapse stability w11 = 0.05, w14 = 0.5): the curve is U-shaped. */
    @Test
    void costlyLapsesPutTheOptimumInsideTheRangeAndTheCurveIsUShaped() {
        double[] w = Parameters.defaults().toArray();
        w[11] = 0.05;
        w[14] = 0.5;
        SimulationConfig config = SimulationConfig.of(Parameters.of(w), 0.9, 1000, 365, 1e9);
        OptimalRetention.Result result = OptimalRetention.find(config, 1, 2, 3);
        List<OptimalRetention.Point> curve = result.curve();

        assertThat(curve).hasSize(OptimalRetention.GRID_POINTS);
        assertThat(curve.get(0).retention()).isEqualTo(0.70);
        assertThat(curve.get(curve.size() - 1).retention()).isEqualTo(0.97);
        assertThat(result.retention()).isGreaterThan(0.70).isLessThan(0.97);
        double best = curve.stream().mapToDouble(OptimalRetention.Point::costPerMemorized).min().orElseThrow();
        OptimalRetention.Point optimum = curve.stream().filter(p -> p.retention() == result.retention())
                .findFirst().orElseThrow();
        assertThat(optimum.costPerMemorized()).isEqualTo(best);
        assertThat(curve.get(0).costPerMemorized()).isGreaterThan(best);
        assertThat(curve.get(curve.size() - 1).costPerMemorized()).isGreaterThan(best);
        // Workload rises with retention from the optimum on.
        assertThat(curve.get(curve.size() - 1).reviewsPerDay()).isGreaterThan(optimum.reviewsPerDay());
    }

    @Test
    void deterministicForTheSeeds() {
        SimulationConfig config = SimulationConfig.of(Parameters.defaults(), 0.9, 300, 90, 1800);
        assertThat(OptimalRetention.find(config, 5, 6)).isEqualTo(OptimalRetention.find(config, 5, 6));
    }
}
