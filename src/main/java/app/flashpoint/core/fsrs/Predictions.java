package app.flashpoint.core.fsrs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Predicted recall for training items and the two metrics the field reports: weighted log loss
 * and RMSE over fsrs-rs's (interval, review count, lapse count) bins.
 */
final class Predictions {

    private double lossSum;
    private double weightSum;
    private int count;
    // bin -> predicted sum, actual sum, weight sum, count
    private final Map<Long, double[]> bins = new HashMap<>();

    static double predict(MemoryModel model, TrainingItem item) {
        MemoryState state = model.initial(Rating.ofGrade(item.grade(0)));
        for (int i = 1; i < item.current(); i++) {
            state = model.next(state, item.elapsedDays(i), Rating.ofGrade(item.grade(i)));
        }
        return model.retrievability(item.targetDays(), state.stability());
    }

    void add(TrainingItem item, double predicted, double weight) {
        double y = item.recalled() ? 1 : 0;
        double p = Math.min(Math.max(predicted, 1e-10), 1 - 1e-10);
        lossSum -= (y * Math.log(p) + (1 - y) * Math.log(1 - p)) * weight;
        weightSum += weight;
        count++;
        double[] bin = bins.computeIfAbsent(binOf(item), key -> new double[4]);
        bin[0] += predicted;
        bin[1] += y;
        bin[2] += weight;
        bin[3] += 1;
    }

    Evaluation evaluation() {
        double squares = 0;
        double weights = 0;
        for (double[] bin : bins.values()) {
            double error = bin[0] / bin[3] - bin[1] / bin[3];
            squares += error * error * bin[2];
            weights += bin[2];
        }
        return new Evaluation(lossSum / weightSum, Math.sqrt(squares / weights), count);
    }

    static Evaluation of(MemoryModel model, List<TrainingItem> items, List<Double> weights) {
        Predictions predictions = new Predictions();
        for (int i = 0; i < items.size(); i++) {
            predictions.add(items.get(i), predict(model, items.get(i)), weights == null ? 1 : weights.get(i));
        }
        return predictions.evaluation();
    }

    /** fsrs-rs {@code r_matrix_index}: log-spaced bins of interval, long-term review count and lapses. */
    static long binOf(TrainingItem item) {
        long deltaBin = Math.round(2.48 * Math.pow(3.62, Math.floor(log(item.targetDays(), 3.62))) * 100);
        double length = item.longTermReviewCount() + 1.0;
        long lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(log(length, 1.89))));
        int lapses = 0;
        for (int i = 0; i < item.current(); i++) {
            if (item.grade(i) == 1 && item.elapsedDays(i) >= 1) {
                lapses++;
            }
        }
        long lapseBin = lapses == 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(log(lapses, 1.73))));
        return (deltaBin << 32) ^ (lengthBin << 16) ^ lapseBin;
    }

    private static double log(double x, double base) {
        return Math.log(x) / Math.log(base);
    }
}
