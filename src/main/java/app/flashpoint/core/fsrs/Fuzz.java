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

    /** Inclusive [min, max] the fuzzed interval may take, with no lower bound but Anki's own. */
    static int[] range(int intervalDays, int maximumInterval) {
        return range(intervalDays, 1, maximumInterval);
    }

    /**
     * Anki's fuzz range constrained to [{@code minimum}, {@code maximum}] (for ordering the
     * buttons: Good's minimum is Hard + 1, Easy's is Good + 1). The interval is first clamped into
     * those bounds; its fuzz range, interval ± delta (delta = 1 + 15 % of the part between 2.5 and
     * 7 days + 10 % of the part between 7 and 20 + 5 % beyond 20; no fuzz below 2.5 days), is then
     * clamped into them too. A range squeezed to one day above 2 and below the maximum is widened
     * by a day upwards, as Anki does, so a constrained button still gets some fuzz.
     */
    static int[] range(int intervalDays, int minimum, int maximum) {
        int min = Math.min(Math.max(minimum, 1), maximum);
        int ivl = Math.min(Math.max(intervalDays, min), maximum);
        double delta = 0;
        if (ivl >= 2.5) {
            delta = 1.0;
            for (double[] r : RANGES) {
                delta += r[2] * Math.max(Math.min(ivl, r[1]) - r[0], 0.0);
            }
        }
        int lower = (int) Math.min(Math.max(Math.round(ivl - delta), min), maximum);
        int upper = (int) Math.min(Math.max(Math.round(ivl + delta), min), maximum);
        if (upper == lower && upper > 2 && upper < maximum) {
            upper = lower + 1;
        }
        return new int[] {lower, upper};
    }

    static int apply(int intervalDays, int maximumInterval, long cardSeed, int reviewCount) {
        return apply(intervalDays, 1, maximumInterval, cardSeed, reviewCount);
    }

    /** A day in {@link #range(int, int, int)}, drawn from the card's seed and review count. */
    static int apply(int intervalDays, int minimum, int maximum, long cardSeed, int reviewCount) {
        int[] range = range(intervalDays, minimum, maximum);
        if (range[0] == range[1]) {
            return range[0];
        }
        double u = uniform(cardSeed, reviewCount);
        int fuzzed = (int) Math.floor(u * (range[1] - range[0] + 1) + range[0]);
        return Math.min(fuzzed, range[1]);
    }

    static double uniform(long cardSeed, int reviewCount) {
        return new SplittableRandom(cardSeed * 0x9E3779B97F4A7C15L + reviewCount).nextDouble();
    }
}
