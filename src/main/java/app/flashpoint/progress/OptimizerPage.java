package app.flashpoint.progress;

import app.flashpoint.core.fsrs.Parameters;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What /progress/fsrs shows; numbers are formatted here so the template stays declarative. */
public record OptimizerPage(boolean personal, int reviewCount, int trainingItems, boolean canFit, String fitHint,
                            List<Weight> weights, @Nullable Fit fit, @Nullable Job job,
                            int minItems, int minItemsForFullFit) {

    public record Weight(String name, String meaning, String value, String defaultValue, boolean changed) {
    }

    /** The stored fit: before (defaults) and after (fitted) on the same log, and out of sample. */
    public record Fit(String kind, String kindExplained, String fittedAt, int reviewCount, int itemCount,
                      String logLoss, String rmseBins, String defaultLogLoss, String defaultRmseBins,
                      String splitLogLoss, String splitRmseBins, @Nullable Integer splitItems, long millis,
                      @Nullable String improvement) {
    }

    public record Job(FitStatus status, String stage, long elapsedSeconds) {
        public boolean running() {
            return status == FitStatus.RUNNING;
        }

        public boolean failed() {
            return status == FitStatus.FAILED;
        }
    }

    private static final String[] MEANINGS = {
            "initial stability after Again", "initial stability after Hard", "initial stability after Good",
            "initial stability after Easy", "initial difficulty", "difficulty spread by first rating",
            "difficulty change per rating", "mean reversion of difficulty", "stability growth after a pass",
            "growth falls as stability rises", "growth rises as recall falls", "stability after a lapse",
            "lapse: effect of difficulty", "lapse: effect of old stability", "lapse: effect of recall",
            "Hard penalty", "Easy bonus", "same-day review: scale", "same-day review: rating offset",
            "same-day review: effect of stability", "forgetting curve decay"};

    static List<Weight> weights(Parameters current) {
        double[] w = current.toArray();
        double[] d = Parameters.defaults().toArray();
        List<Weight> list = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            list.add(new Weight("w" + i, MEANINGS[i], number(w[i]), number(d[i]), Math.abs(w[i] - d[i]) > 1e-9));
        }
        return list;
    }

    static Fit fit(FittedWeightsRow row, ZoneId zone) {
        String kind = switch (row.fitKind()) {
            case "FULL" -> "All 21 weights fitted";
            case "INITIAL_STABILITY_ONLY" -> "Initial stabilities (w0–w3) fitted, the rest default";
            default -> "Defaults kept";
        };
        String explained = switch (row.fitKind()) {
            case "FULL" -> "Your log had enough reviews for a full fit.";
            case "INITIAL_STABILITY_ONLY" -> "With fewer than " + PersonalFit.MIN_ITEMS_FOR_FULL_FIT
                    + " usable reviews (or only first reviews of cards), only how well you remember a card after "
                    + "its first rating is fitted.";
            default -> "Too few usable reviews after outlier filtering (fewer than " + PersonalFit.MIN_ITEMS
                    + "), so the default weights stay.";
        };
        String improvement = null;
        if (row.logLoss() != null && row.defaultLogLoss() != null && row.defaultLogLoss() > 0) {
            double change = 100 * (row.defaultLogLoss() - row.logLoss()) / row.defaultLogLoss();
            improvement = String.format(Locale.ROOT, "%.1f%%", change);
        }
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
                .format(Instant.ofEpochMilli(row.fittedAt()).atZone(zone));
        return new Fit(row.fitKind(), kind + ". " + explained, when, row.reviewCount(), row.itemCount(),
                metric(row.logLoss()), metric(row.rmseBins()), metric(row.defaultLogLoss()),
                metric(row.defaultRmseBins()), metric(row.splitLogLoss()), metric(row.splitRmseBins()),
                row.splitItems(), row.millis(), improvement);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String metric(@Nullable Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.4f", value);
    }
}
