package app.flashpoint.progress;

import app.flashpoint.core.fsrs.Parameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A learner's fitted weights and their evaluation. {@code weights} is the 21 numbers comma-separated
 * (plain text rather than JSON: it reads the same on SQLite and PostgreSQL and needs no mapper). Losses are
 * null when they could not be computed (no predictable review, or too few items for the split).
 */
@MappedEntity("fsrs_weights")
record FittedWeightsRow(@Id @GeneratedValue @Nullable Long id, long accountId, String weights, String fitKind,
                        int reviewCount, int itemCount, @Nullable Double logLoss, @Nullable Double rmseBins,
                        @Nullable Double defaultLogLoss, @Nullable Double defaultRmseBins,
                        @Nullable Double splitLogLoss, @Nullable Double splitRmseBins, @Nullable Integer splitItems,
                        long millis, long fittedAt) {

    Parameters parameters() {
        return Parameters.of(Arrays.stream(weights.split(",")).mapToDouble(Double::parseDouble).toArray());
    }

    /** Round-trips exactly: Double.toString gives the shortest text that parses back to the same double. */
    static String format(Parameters parameters) {
        return Arrays.stream(parameters.toArray()).mapToObj(Double::toString)
                .collect(Collectors.joining(","));
    }
}
