package app.flashpoint.selftest;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One past or running self-test in the learner's list (also what the progress page will show). */
public record HistoryEntry(long id, String deckSlug, String started, int questions, boolean finished,
                    @Nullable String score, int percent, boolean timed) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    static HistoryEntry of(SelfTestRow row) {
        double score = row.score() == null ? 0 : row.score();
        return new HistoryEntry(row.id(), row.deckSlug(), WHEN.format(Instant.ofEpochMilli(row.startedAt())),
                row.questionCount(), row.finished(), row.finished() ? ResultPage.points(score) : null,
                ResultPage.percent(score / row.questionCount()), row.timeLimitSeconds() != null);
    }
}
