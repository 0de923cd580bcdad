package app.flashpoint.core.fsrs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The fsrs-rs training loop ({@code training.rs}): items sorted by length and cut into batches
 * whose order is shuffled every epoch, summed weighted log loss plus an L2 pull towards the
 * starting weights, Adam with a cosine-annealed learning rate, clipping after every step, and the
 * weights of the epoch with the lowest full-set loss kept.
 */
final class AdamTrainer {

    // Spread of each weight across Anki users; scales the L2 pull (fsrs-rs PARAMS_STDDEV).
    private static final double[] PARAMS_STDDEV = {
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27
    };
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    record WeightedItem(TrainingItem item, double weight) {
    }

    private AdamTrainer() {
    }

    /** Later reviews count more: 0.25 + 0.75 (i / (n-1))^3 over the time-ordered items. */
    static List<WeightedItem> recencyWeighted(List<TrainingItem> timeOrdered) {
        double last = Math.max(timeOrdered.size() - 1, 1);
        List<WeightedItem> weighted = new ArrayList<>(timeOrdered.size());
        for (int i = 0; i < timeOrdered.size(); i++) {
            double x = i / last;
            weighted.add(new WeightedItem(timeOrdered.get(i), 0.25 + 0.75 * x * x * x));
        }
        return weighted;
    }

    static double[] train(List<WeightedItem> items, double[] initial, TrainingConfig config) {
        List<WeightedItem> train = new ArrayList<>(items.size());
        for (WeightedItem item : items) {
            if (item.item().length() <= config.maxSequenceLength()) {
                train.add(item);
            }
        }
        train.sort(Comparator.comparingInt(wi -> wi.item().length()));
        int total = train.size();
        int batchSize = config.batchSize();
        int batches = (total + batchSize - 1) / batchSize;
        double totalSteps = (double) (total / batchSize + 1) * config.epochs();

        double[] w = initial.clone();
        double[] best = w.clone();
        double bestLoss = Double.POSITIVE_INFINITY;
        double[] m = new double[Parameters.COUNT];
        double[] v = new double[Parameters.COUNT];
        double[] grad = new double[Parameters.COUNT];
        ForwardGradient gradient = new ForwardGradient();
        List<Integer> order = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            order.add(b);
        }
        Random random = new Random(config.seed());
        int step = 0;
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            java.util.Collections.shuffle(order, random);
            for (int batch : order) {
                step++;
                double lr = config.learningRate() * (1 + Math.cos(Math.PI * step / totalSteps)) / 2;
                int from = batch * batchSize;
                int to = Math.min(from + batchSize, total);
                java.util.Arrays.fill(grad, 0);
                gradient.setWeights(w);
                for (int i = from; i < to; i++) {
                    gradient.accumulate(train.get(i).item(), train.get(i).weight(), grad);
                }
                double l2Scale = config.l2Strength() * (to - from) / total;
                for (int k = 0; k < Parameters.COUNT; k++) {
                    grad[k] += 2 * (w[k] - initial[k]) / (PARAMS_STDDEV[k] * PARAMS_STDDEV[k]) * l2Scale;
                }
                adamStep(w, grad, m, v, step, lr);
                Parameters.clipInPlace(w);
            }
            double loss = fullLoss(train, w, initial, config.l2Strength(), gradient);
            if (loss < bestLoss) {
                bestLoss = loss;
                best = w.clone();
            }
        }
        return best;
    }

    private static void adamStep(double[] w, double[] grad, double[] m, double[] v, int t, double lr) {
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        for (int k = 0; k < w.length; k++) {
            m[k] = BETA1 * m[k] + (1 - BETA1) * grad[k];
            v[k] = BETA2 * v[k] + (1 - BETA2) * grad[k] * grad[k];
            w[k] -= lr * (m[k] / c1) / (Math.sqrt(v[k] / c2) + EPSILON);
        }
    }

    /** Mean regularised loss over the whole set, the criterion for keeping an epoch's weights. */
    private static double fullLoss(List<WeightedItem> train, double[] w, double[] initial, double l2Strength,
            ForwardGradient gradient) {
        gradient.setWeights(w);
        double sum = 0;
        for (WeightedItem item : train) {
            sum += gradient.accumulate(item.item(), item.weight(), null);
        }
        double penalty = 0;
        for (int k = 0; k < Parameters.COUNT; k++) {
            double delta = w[k] - initial[k];
            penalty += delta * delta / (PARAMS_STDDEV[k] * PARAMS_STDDEV[k]);
        }
        return (sum + penalty * l2Strength) / train.size();
    }
}
