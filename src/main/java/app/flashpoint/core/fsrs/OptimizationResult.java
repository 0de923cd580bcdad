package app.flashpoint.core.fsrs;

/**
 * Fitted weights and how well they explain the log they were fitted on. {@code logLoss} and
 * {@code rmseBins} are in-sample and recency-weighted, as fsrs-rs's {@code evaluate} (what Anki
 * shows) computes them; use {@link Evaluator#timeSeriesSplit} for an out-of-sample figure.
 */
public record OptimizationResult(
        Parameters parameters,
        FitKind fit,
        double logLoss,
        double rmseBins,
        int reviewCount,
        int cardCount,
        int itemCount) {
}
