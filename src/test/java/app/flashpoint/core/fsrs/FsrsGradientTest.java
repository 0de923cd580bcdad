package app.flashpoint.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The forward-mode gradient agrees with central finite differences of the same loss. */
class FsrsGradientTest {

    @Test
    void gradientMatchesFiniteDifferences() {
        Random random = new Random(42);
        double[] w = Parameters.of(
                0.4, 1.1, 3.5, 12.0, 6.0, 0.6, 1.8, 0.05, 1.6, 0.2, 1.0,
                1.8, 0.1, 0.3, 2.0, 0.4, 2.2, 0.4, 0.3, 0.1, 0.3).toArray();
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(10);
            int[] grades = new int[n];
            int[] days = new int[n];
            for (int i = 0; i < n; i++) {
                grades[i] = 1 + random.nextInt(4);
                days[i] = i == 0 ? 0 : random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(60);
            }
            days[n - 1] = 1 + random.nextInt(60);
            TrainingItem item = new TrainingItem(new CardHistory(1, grades, days, new long[n]), n - 1);

            ForwardGradient gradient = new ForwardGradient();
            double[] analytic = new double[Parameters.COUNT];
            gradient.setWeights(w);
            gradient.accumulate(item, 0.7, analytic);

            for (int k = 0; k < Parameters.COUNT; k++) {
                double h = 1e-6 * Math.max(1, Math.abs(w[k]));
                double[] plus = w.clone();
                double[] minus = w.clone();
                plus[k] += h;
                minus[k] -= h;
                gradient.setWeights(plus);
                double up = gradient.accumulate(item, 0.7, null);
                gradient.setWeights(minus);
                double down = gradient.accumulate(item, 0.7, null);
                double numeric = (up - down) / (2 * h);
                assertThat(analytic[k])
                        .as("trial %d, w%d, grades %s, days %s", trial, k,
                                java.util.Arrays.toString(grades), java.util.Arrays.toString(days))
                        .isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-5 + 1e-4 * Math.abs(numeric)));
            }
        }
    }

    @Test
    void lossWithoutGradientEqualsLossWithGradient() {
        double[] w = Parameters.defaults().toArray();
        TrainingItem item = new TrainingItem(new CardHistory(1, new int[] {3, 3, 1, 3}, new int[] {0, 2, 9, 4}, new long[4]), 3);
        ForwardGradient gradient = new ForwardGradient();
        gradient.setWeights(w);
        double withGrad = gradient.accumulate(item, 1, new double[Parameters.COUNT]);
        double without = gradient.accumulate(item, 1, null);
        assertThat(withGrad).isEqualTo(without);
        double predicted = Predictions.predict(new MemoryModel(Parameters.defaults()), item);
        assertThat(without).isCloseTo(-Math.log(predicted), org.assertj.core.data.Offset.offset(1e-12));
    }
}
