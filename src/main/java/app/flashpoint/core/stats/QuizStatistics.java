package app.flashpoint.core.stats;

import java.util.List;

/**
 * Whole-quiz statistics. {@code null} means "not enough data".
 *
 * @param attempts      number of attempts s
 * @param alpha         Cronbach's alpha in percent
 * @param errorRatio    ER = 100·√(1 − α/100), in percent
 * @param standardError SE = ER·SD(T)/100, in marks
 * @param items         per-item statistics, in first-seen order
 */
public record QuizStatistics(int attempts, Double alpha, Double errorRatio, Double standardError, List<ItemStatistics> items) {
    public QuizStatistics {
        items = List.copyOf(items);
    }

    /** Verdict on {@link #alpha()}, or {@code null} when alpha is unknown. */
    public ReliabilityRating reliability() {
        return ReliabilityRating.of(alpha);
    }
}
