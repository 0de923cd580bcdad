package app.flashpoint.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Values from fsrs-rs's own unit tests (computed there in f32, hence the tolerances):
 * {@code src/model.rs} (FSRS-6 defaults) and {@code src/parameter_initialization.rs}.
 */
class FsrsUpstreamVectorsTest {

    private final MemoryModel model = new MemoryModel(Parameters.defaults());

    // fsrs-rs src/model.rs test_power_forgetting_curve
    @Test
    void forgettingCurve() {
        double[] t = {0, 1, 2, 3, 4, 5};
        double[] s = {1, 2, 3, 4, 4, 2};
        double[] expected = {1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359};
        for (int i = 0; i < t.length; i++) {
            assertThat(model.retrievability(t[i], s[i])).isCloseTo(expected[i], within(1e-5));
        }
    }

    // fsrs-rs src/model.rs test_next_difficulty: damping alone, then with mean reversion
    @Test
    void nextDifficultyFromFive() {
        double[] damped = {8.354889, 6.6774445, 5.0, 3.3225555};
        double[] reverted = {8.341763, 6.6659956, 4.990228, 3.3144615};
        double w6 = Parameters.defaults().get(6);
        double w7 = Parameters.defaults().get(7);
        double d0Easy = model.rawInitialDifficulty(4);
        for (Rating rating : Rating.values()) {
            double lin = 5 - w6 * (rating.grade() - 3) * (10 - 5) / 9.0;
            assertThat(lin).isCloseTo(damped[rating.grade() - 1], within(1e-5));
            assertThat(w7 * d0Easy + (1 - w7) * lin).isCloseTo(reverted[rating.grade() - 1], within(1e-5));
            assertThat(model.nextDifficulty(5, rating)).isCloseTo(reverted[rating.grade() - 1], within(1e-5));
        }
    }

    // fsrs-rs src/model.rs test_next_stability
    @Test
    void nextStability() {
        double[] r = {0.9, 0.8, 0.7, 0.6};
        double[] recall = {25.602541, 28.226582, 58.656002, 127.226685};
        double[] lapse = {1.0525396, 1.1894329, 1.3680838, 1.584989};
        double[] shortTerm = {1.596818, 5.0, 5.0, 8.12961};
        for (Rating rating : Rating.values()) {
            int i = rating.grade() - 1;
            double d = rating.grade();
            assertThat(model.stabilityAfterRecall(5, d, r[i], rating)).isCloseTo(recall[i], within(1e-3));
            assertThat(model.stabilityAfterLapse(5, d, r[i])).isCloseTo(lapse[i], within(1e-5));
            assertThat(model.stabilityShortTerm(5, rating)).isCloseTo(shortTerm[i], within(1e-5));
        }
    }

    // fsrs-rs src/parameter_initialization.rs test_loss (pre-training loss of S0 for first rating Again)
    @Test
    void initialStabilityLoss() {
        double[] t = {1, 2, 3, 4, 5};
        double[] recall = {0.86666667, 0.90721649, 0.73015873, 0.76315789, 0.67857143};
        double[] count = {435, 97, 63, 38, 28};
        assertThat(InitialStability.loss(t, recall, count, 0.7840586, 0.212)).isCloseTo(279.9206961069712, within(1e-6));
        assertThat(InitialStability.loss(t, recall, count, 0.7840590622451964, 0.212))
                .isCloseTo(279.9206977311556, within(1e-6));
    }

    // fsrs-rs src/parameter_initialization.rs test_search_parameters
    @Test
    void initialStabilitySearch() {
        int[][] rows = {{1, 435, 86666667}, {2, 97, 90721649}, {3, 63, 73015873}, {4, 38, 76315789}, {5, 28, 67857143}};
        Map<Integer, int[]> byDays = new TreeMap<>();
        for (int[] row : rows) {
            // [recalled, total]; recall rates above are exact fractions of these counts
            byDays.put(row[0], new int[] {(int) Math.round(row[2] / 1e8 * row[1]), row[1]});
        }
        assertThat(InitialStability.search(byDays, 0.94302857, 0.212)).isCloseTo(0.7355089, within(1e-4));
    }

    // fsrs-rs src/parameter_initialization.rs test_smooth_and_fill
    @Test
    void smoothAndFill() {
        double[] filled = InitialStability.smoothAndFill(new Double[] {null, 0.4, null, 2.3, 10.9}, new int[] {0, 1, 1, 1, 1});
        assertThat(filled).containsExactly(new double[] {0.4, 1.1227008, 2.3, 10.9}, within(1e-6));

        double[] scaled = InitialStability.smoothAndFill(new Double[] {null, null, 0.35, null, null}, new int[] {0, 0, 1, 0, 0});
        assertThat(scaled).containsExactly(new double[] {0.05738148, 0.35, 0.6242943, 2.2453482}, within(1e-6));
    }
}
