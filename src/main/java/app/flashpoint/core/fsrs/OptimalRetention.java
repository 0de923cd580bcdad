package app.flashpoint.core.fsrs;

import java.util.ArrayList;
import java.util.List;

/**
 * The desired retention that minimizes study time per card memorized, the target fsrs-rs's
 * {@code optimal_retention} minimizes ({@code simulation.rs}, BSD-3; re-implemented).
 *
 * <p>Method: for each desired retention on the grid 0.70, 0.71, ..., 0.97, run {@link Simulator} once per
 * seed with otherwise the same {@link SimulationConfig}, and average over the seeds the total cost over the
 * span divided by the cards memorized on its last day. The optimum is the grid point with the lowest
 * average. fsrs-rs runs Brent's method on [0.70, 0.95] instead; a full grid costs more simulations
 * (28 per seed) but gives the whole curve, which the settings page draws, and cannot be misled by
 * Monte Carlo noise into a local dip the way a bracketing search can.
 */
public final class OptimalRetention {

    public static final double STEP = 0.01;
    public static final int GRID_POINTS = 28;

    private OptimalRetention() {
    }

    /** One grid point, averaged over the seeds. */
    public record Point(double retention, double costPerMemorized, double reviewsPerDay, double costPerDay,
                        double memorized) {
    }

    /** The best retention and the curve it was picked from (ascending retention). */
    public record Result(double retention, List<Point> curve) {
        public Result {
            curve = List.copyOf(curve);
        }
    }

    /** The retentions tried: 0.70 to 0.97 in steps of 0.01. */
    public static double[] grid() {
        double[] grid = new double[GRID_POINTS];
        for (int i = 0; i < GRID_POINTS; i++) {
            grid[i] = Math.round((SimulationConfig.MIN_RETENTION + i * STEP) * 100) / 100.0;
        }
        return grid;
    }

    /** @param config its desiredRetention is ignored; @param seeds at least one */
    public static Result find(SimulationConfig config, long... seeds) {
        if (seeds == null || seeds.length == 0) {
            throw new IllegalArgumentException("at least one seed is needed");
        }
        List<Point> curve = new ArrayList<>(GRID_POINTS);
        Point best = null;
        for (double retention : grid()) {
            SimulationConfig at = config.withDesiredRetention(retention);
            double ratio = 0;
            double reviews = 0;
            double cost = 0;
            double memorized = 0;
            for (long seed : seeds) {
                SimulationResult result = Simulator.simulate(at, seed);
                ratio += result.costPerMemorized();
                reviews += result.totalReviews();
                cost += result.totalCost();
                memorized += result.finalMemorized();
            }
            int k = seeds.length;
            int days = config.learnSpan();
            Point point = new Point(retention, ratio / k, reviews / k / days, cost / k / days, memorized / k);
            curve.add(point);
            if (best == null || point.costPerMemorized() < best.costPerMemorized()) {
                best = point;
            }
        }
        return new Result(best.retention(), curve);
    }
}
