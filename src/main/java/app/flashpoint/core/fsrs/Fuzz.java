package app.flashpoint.core.fsrs;

import java.util.SplittableRandom;

/**
 * Anki's interval fuzz. The random draw comes from the card's seed and review count rather than a
 * shared generator, so replaying a log reproduces every due date.
 */
final class Fuzz {

    private static final double[][] RANGES = {
        // start, end, factor
        {2.5, 7.0, 0.15},
        {7.0, 20.0, 0.10},
        {20.0, Double.POSITIVE_INFINITY, 0.05},
    };

    private Fuzz() {
    }

    /** Inclusive [min, max] the fuzzed interval may take. */
    static int[] range(int intervalDays, int maximumInterval) {
        double delta = 1.0;
        for (double[] r : RANGES) {
            delta += r[2] * Math.max(Math.min(intervalDays, r[1]) - r[0], 0.0);
        }
        int max = (int) Math.min(Math.round(intervalDays + delta), maximumInterval);
        int min = (int) Math.max(2, Math.round(intervalDays - delta));
        return new int[] {Math.min(min, max), max};
    }

    static int apply(int intervalDays, int maximumInterval, long cardSeed, int reviewCount) {
        if (intervalDays < 2.5) {
            return intervalDays;
        }
        int[] range = range(intervalDays, maximumInterval);
        double u = uniform(cardSeed, reviewCount);
        int fuzzed = (int) Math.floor(u * (range[1] - range[0] + 1) + range[0]);
        return Math.min(fuzzed, range[1]);
    }

    static double uniform(long cardSeed, int reviewCount) {
        return new SplittableRandom(cardSeed * 0x9E3779B97F4A7C15L + reviewCount).nextDouble();
    }
}
