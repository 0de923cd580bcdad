package app.flashpoint.core.fsrs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * S0 pre-training as fsrs-rs {@code parameter_initialization.rs}: for each first rating, the S0
 * whose forgetting curve best explains recall at the first long-term review, found by ternary
 * search; then made monotone in rating and missing ratings filled by fixed ratios.
 */
final class InitialStability {

    static final double INIT_S_MAX = 100;
    private static final double[] DEFAULT_S0 = {0.212, 1.2931, 2.3065, 8.2956};
    // The pre-training curve always uses the default decay, whatever w20 ends up being.
    private static final double DEFAULT_DECAY = -0.1542;

    /** Fitted S0 for grades 1..4 plus how many cards started with each grade (index 0 unused). */
    record Fit(double[] stability, int[] countByGrade) {
    }

    private InitialStability() {
    }

    /** @return null when no first rating has data (fsrs-rs reports NotEnoughData there) */
    static Fit fit(List<TrainingItem> initializationSet, double averageRecall) {
        // grade -> first interval -> [recalled, total]
        Map<Integer, Map<Integer, int[]>> groups = new TreeMap<>();
        int[] counts = new int[5];
        for (TrainingItem item : initializationSet) {
            int first = item.grade(0);
            int target = item.firstLongTermIndex();
            int[] tally = groups.computeIfAbsent(first, g -> new TreeMap<>())
                    .computeIfAbsent(item.elapsedDays(target), d -> new int[2]);
            tally[0] += item.grade(target) > 1 ? 1 : 0;
            tally[1]++;
            counts[first]++;
        }
        Double[] fitted = new Double[5];
        for (Map.Entry<Integer, Map<Integer, int[]>> byGrade : groups.entrySet()) {
            fitted[byGrade.getKey()] = search(byGrade.getValue(), averageRecall, DEFAULT_S0[byGrade.getKey() - 1]);
        }
        double[] s0 = smoothAndFill(fitted, counts);
        return s0 == null ? null : new Fit(s0, counts);
    }

    static double search(Map<Integer, int[]> byDays, double averageRecall, double defaultS0) {
        int n = byDays.size();
        double[] t = new double[n];
        double[] recall = new double[n];
        double[] count = new double[n];
        int i = 0;
        for (Map.Entry<Integer, int[]> e : byDays.entrySet()) {
            t[i] = e.getKey();
            count[i] = e.getValue()[1];
            double real = (double) e.getValue()[0] / e.getValue()[1];
            // Laplace smoothing towards the learner's average recall.
            recall[i] = (real * count[i] + averageRecall) / (count[i] + 1);
            i++;
        }
        double low = MemoryModel.S_MIN;
        double high = INIT_S_MAX;
        double best = defaultS0;
        for (int iter = 0; high - low > Math.ulp(1.0) && iter < 1000; iter++) {
            double mid1 = low + (high - low) / 3;
            double mid2 = high - (high - low) / 3;
            if (loss(t, recall, count, mid1, defaultS0) < loss(t, recall, count, mid2, defaultS0)) {
                high = mid2;
            } else {
                low = mid1;
            }
            best = (high + low) / 2;
        }
        return best;
    }

    static double loss(double[] t, double[] recall, double[] count, double s0, double defaultS0) {
        double factor = Math.pow(0.9, 1 / DEFAULT_DECAY) - 1;
        double logLoss = 0;
        for (int i = 0; i < t.length; i++) {
            double p = Math.pow(1 + factor * t[i] / s0, DEFAULT_DECAY);
            logLoss -= (recall[i] * Math.log(p) + (1 - recall[i]) * Math.log(1 - p)) * count[i];
        }
        return logLoss + Math.abs(s0 - defaultS0) / 16;
    }

    /**
     * Keeps only grades that have cards, enforces S0 non-decreasing in grade (the better-attested
     * side wins), and fills the gaps with fsrs-rs's fixed log-space ratios.
     *
     * @param fitted index 1..4, null where a grade has no estimate
     * @return S0 for grades 1..4, or null if no grade has an estimate
     */
    static double[] smoothAndFill(Double[] fitted, int[] countByGrade) {
        Double[] s = new Double[5];
        for (int g = 1; g <= 4; g++) {
            s[g] = countByGrade[g] > 0 ? fitted[g] : null;
        }
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] pair : pairs) {
            int small = pair[0];
            int big = pair[1];
            if (s[small] != null && s[big] != null && s[small] > s[big]) {
                if (countByGrade[small] > countByGrade[big]) {
                    s[big] = s[small];
                } else {
                    s[small] = s[big];
                }
            }
        }
        double w1 = 0.41;
        double w2 = 0.54;
        int known = 0;
        for (int g = 1; g <= 4; g++) {
            known += s[g] != null ? 1 : 0;
        }
        double[] result;
        if (known == 0) {
            return null;
        } else if (known == 1) {
            int g = 1;
            while (s[g] == null) {
                g++;
            }
            double factor = s[g] / DEFAULT_S0[g - 1];
            result = new double[4];
            for (int k = 0; k < 4; k++) {
                result[k] = DEFAULT_S0[k] * factor;
            }
            java.util.Arrays.sort(result);
        } else {
            fill(s, known, w1, w2);
            result = new double[] {s[1], s[2], s[3], s[4]};
        }
        for (int k = 0; k < 4; k++) {
            result[k] = MemoryModel.clamp(result[k], MemoryModel.S_MIN, INIT_S_MAX);
        }
        return result;
    }

    private static void fill(Double[] s, int known, double w1, double w2) {
        Double r1 = s[1];
        Double r2 = s[2];
        Double r3 = s[3];
        Double r4 = s[4];
        if (known == 2) {
            if (r1 == null && r2 == null) {
                double f2 = Math.pow(r3, 1 / (1 - w2)) * Math.pow(r4, 1 - 1 / (1 - w2));
                s[2] = f2;
                s[1] = Math.pow(f2, 1 / w1) * Math.pow(r3, 1 - 1 / w1);
            } else if (r1 == null && r3 == null) {
                double f3 = Math.pow(r2, 1 - w2) * Math.pow(r4, w2);
                s[3] = f3;
                s[1] = Math.pow(r2, 1 / w1) * Math.pow(f3, 1 - 1 / w1);
            } else if (r1 == null && r4 == null) {
                s[4] = Math.pow(r2, 1 - 1 / w2) * Math.pow(r3, 1 / w2);
                s[1] = Math.pow(r2, 1 / w1) * Math.pow(r3, 1 - 1 / w1);
            } else if (r2 == null && r3 == null) {
                double k = w1 / (w1 + w2 - w1 * w2);
                double k2 = w2 / (w1 + w2 - w1 * w2);
                s[2] = Math.pow(r1, k) * Math.pow(r4, 1 - k);
                s[3] = Math.pow(r1, 1 - k2) * Math.pow(r4, k2);
            } else if (r2 == null && r4 == null) {
                double f2 = Math.pow(r1, w1) * Math.pow(r3, 1 - w1);
                s[2] = f2;
                s[4] = Math.pow(f2, 1 - 1 / w2) * Math.pow(r3, 1 / w2);
            } else if (r3 == null && r4 == null) {
                double f3 = Math.pow(r1, 1 - 1 / (1 - w1)) * Math.pow(r2, 1 / (1 - w1));
                s[3] = f3;
                s[4] = Math.pow(r2, 1 - 1 / w2) * Math.pow(f3, 1 / w2);
            }
        } else if (known == 3) {
            if (r1 == null) {
                s[1] = Math.pow(r2, 1 / w1) * Math.pow(r3, 1 - 1 / w1);
            } else if (r2 == null) {
                s[2] = Math.pow(r1, w1) * Math.pow(r3, 1 - w1);
            } else if (r3 == null) {
                s[3] = Math.pow(r2, 1 - w2) * Math.pow(r4, w2);
            } else {
                s[4] = Math.pow(r2, 1 - 1 / w2) * Math.pow(r3, 1 / w2);
            }
        }
    }

}
