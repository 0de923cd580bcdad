package app.flashpoint.core.fsrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fits personal FSRS-6 weights to a review log the way fsrs-rs {@code compute_parameters} does:
 * outlier filtering, S0 pre-training, then Adam over all 21 weights. Deterministic for a given
 * log. Instances are immutable and may be shared.
 */
public final class Optimizer {

    static final int MIN_ITEMS = 8;
    static final int MIN_ITEMS_FOR_FULL_FIT = 64;

    private final TrainingConfig config;

    public Optimizer() {
        this(TrainingConfig.defaults());
    }

    Optimizer(TrainingConfig config) {
        this.config = Objects.requireNonNull(config);
    }

    record Fitted(double[] weights, FitKind kind) {
    }

    public OptimizationResult fit(List<ReviewRecord> log) {
        List<CardHistory> histories = TrainingData.histories(log);
        List<TrainingItem> items = TrainingData.items(histories);
        Fitted fitted = fitItems(items);
        Parameters parameters = Parameters.clipped(fitted.weights());
        Evaluation evaluation = items.isEmpty()
                ? new Evaluation(Double.NaN, Double.NaN, 0)
                : Predictions.of(new MemoryModel(parameters), items, recencyWeights(items.size()));
        return new OptimizationResult(parameters, fitted.kind(), evaluation.logLoss(), evaluation.rmseBins(),
                log.size(), histories.size(), items.size());
    }

    /** @param items time-ordered training items */
    Fitted fitItems(List<TrainingItem> items) {
        OutlierFilter.Result filtered = OutlierFilter.apply(items);
        List<TrainingItem> train = filtered.trainingSet();
        if (train.size() < MIN_ITEMS) {
            return new Fitted(Parameters.defaultArray(), FitKind.DEFAULTS);
        }
        double recalled = 0;
        for (TrainingItem item : train) {
            recalled += item.recalled() ? 1 : 0;
        }
        InitialStability.Fit s0 = InitialStability.fit(filtered.initializationSet(), recalled / train.size());
        if (s0 == null) {
            // fsrs-rs gives up here (NotEnoughData); defaults are the safe equivalent.
            return new Fitted(Parameters.defaultArray(), FitKind.DEFAULTS);
        }
        double[] initial = Parameters.defaultArray();
        System.arraycopy(s0.stability(), 0, initial, 0, 4);
        if (train.size() == filtered.initializationSet().size() || train.size() < MIN_ITEMS_FOR_FULL_FIT) {
            return new Fitted(initial, FitKind.INITIAL_STABILITY_ONLY);
        }
        double[] trained = AdamTrainer.train(AdamTrainer.recencyWeighted(train), initial, config);
        Double[] trainedS0 = {null, trained[0], trained[1], trained[2], trained[3]};
        double[] smoothed = InitialStability.smoothAndFill(trainedS0, s0.countByGrade());
        System.arraycopy(smoothed, 0, trained, 0, 4);
        return new Fitted(trained, FitKind.FULL);
    }

    static List<Double> recencyWeights(int n) {
        double last = Math.max(n - 1, 1);
        List<Double> weights = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = i / last;
            weights.add(0.25 + 0.75 * x * x * x);
        }
        return weights;
    }
}
