package app.flashpoint.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Fitted weights and how well they predict. {@code logLoss} and {@code rmseBins} are in-sample (the
 * fitted model on the whole log, recency-weighted as fsrs-rs and Anki report them); {@code evaluation}
 * is out-of-sample (time-series split) and absent when the log has fewer than six training items.
 * The losses are absent when no review in the log can be predicted. {@code millis} is the server's
 * time to read, fit and evaluate, upload excluded.
 */
@Serdeable
record OptimizeResponse(List<Double> parameters, String fit, int reviews, int cards, int items,
                        @Nullable Double logLoss, @Nullable Double rmseBins, @Nullable Metrics evaluation,
                        long millis) {

    @Serdeable
    record Metrics(double logLoss, double rmseBins, int items) {
    }
}
