package app.flashpoint.core.fsrs;

import java.util.Arrays;

/**
 * The 21 FSRS-6 weights. Immutable; construction validates the count, finiteness and the bounds
 * the optimizer clips to, so a scheduler can never be built from weights the model was not fitted
 * within.
 */
public final class Parameters {

    public static final int COUNT = 21;

    private static final double[] DEFAULTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
    };

    static final double[] LOWER = {
        0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001,
        0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0.01, 0.1
    };

    static final double[] UPPER = {
        100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5,
        5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8
    };

    private static final Parameters DEFAULT = new Parameters(DEFAULTS.clone());

    private final double[] weights;

    private Parameters(double[] weights) {
        this.weights = weights;
    }

    public static Parameters defaults() {
        return DEFAULT;
    }

    /** @throws IllegalArgumentException if there are not 21 finite weights within the FSRS-6 bounds */
    public static Parameters of(double... weights) {
        if (weights == null || weights.length != COUNT) {
            throw new IllegalArgumentException(
                    "expected " + COUNT + " weights, got " + (weights == null ? 0 : weights.length));
        }
        StringBuilder problems = new StringBuilder();
        for (int i = 0; i < COUNT; i++) {
            double w = weights[i];
            if (!Double.isFinite(w) || w < LOWER[i] || w > UPPER[i]) {
                problems.append(String.format(" w%d=%s not in [%s, %s];", i, w, LOWER[i], UPPER[i]));
            }
        }
        if (problems.length() > 0) {
            throw new IllegalArgumentException("weights out of bounds:" + problems);
        }
        return new Parameters(weights.clone());
    }

    /** Clamps each weight into its bounds (non-finite values fall back to the default). */
    static Parameters clipped(double[] weights) {
        double[] copy = weights.clone();
        clipInPlace(copy);
        return new Parameters(copy);
    }

    static void clipInPlace(double[] weights) {
        for (int i = 0; i < COUNT; i++) {
            double w = Double.isFinite(weights[i]) ? weights[i] : DEFAULTS[i];
            weights[i] = Math.min(Math.max(w, LOWER[i]), UPPER[i]);
        }
    }

    static double[] defaultArray() {
        return DEFAULTS.clone();
    }

    /** The smallest value weight {@code index} may take (what the optimizer clips to). */
    public static double lowerBound(int index) {
        return LOWER[index];
    }

    /** The largest value weight {@code index} may take (what the optimizer clips to). */
    public static double upperBound(int index) {
        return UPPER[index];
    }

    public double get(int index) {
        return weights[index];
    }

    public double[] toArray() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Parameters p && Arrays.equals(weights, p.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return Arrays.toString(weights);
    }
}
