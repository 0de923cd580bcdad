package app.flashpoint.core.fsrs;

import java.util.List;

/** Out-of-sample and in-sample accuracy of FSRS on a review log. */
public final class Evaluator {

    private static final int SPLITS = 5;

    private final Optimizer optimizer;

    public Evaluator() {
        this(new Optimizer());
    }

    public Evaluator(Optimizer optimizer) {
        this.optimizer = optimizer;
    }

    /**
     * srs-benchmark / fsrs-rs time-series split: the time-ordered items are cut into six equal
     * segments; for each of the last five, fit on everything before it and predict it. Metrics are
     * over all predictions pooled, unweighted.
     *
     * @throws IllegalArgumentException if there are fewer than six items
     */
    public Evaluation timeSeriesSplit(List<ReviewRecord> log) {
        List<TrainingItem> items = TrainingData.items(TrainingData.histories(log));
        int segment = items.size() / (SPLITS + 1);
        if (segment == 0) {
            throw new IllegalArgumentException("need at least " + (SPLITS + 1) + " training items, got " + items.size());
        }
        Predictions predictions = new Predictions();
        for (int split = 0; split < SPLITS; split++) {
            int testStart = (split + 1) * segment;
            int testEnd = split == SPLITS - 1 ? items.size() : (split + 2) * segment;
            Optimizer.Fitted fitted = optimizer.fitItems(items.subList(0, testStart));
            MemoryModel model = new MemoryModel(Parameters.clipped(fitted.weights()));
            for (TrainingItem item : items.subList(testStart, testEnd)) {
                predictions.add(item, Predictions.predict(model, item), 1);
            }
        }
        return predictions.evaluation();
    }

    /** In-sample metrics of given weights, recency-weighted as fsrs-rs {@code evaluate}. */
    public Evaluation evaluate(Parameters parameters, List<ReviewRecord> log) {
        List<TrainingItem> items = TrainingData.items(TrainingData.histories(log));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no review in the log can be predicted");
        }
        return Predictions.of(new MemoryModel(parameters), items, Optimizer.recencyWeights(items.size()));
    }
}
