package app.flashpoint.core.fsrs;

/** How well predicted recall matched what happened, over {@code itemCount} predictions. */
public record Evaluation(double logLoss, double rmseBins, int itemCount) {
}
