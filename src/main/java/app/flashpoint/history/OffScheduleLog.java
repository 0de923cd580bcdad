package app.flashpoint.history;

import jakarta.inject.Singleton;

/**
 * The write of an answer that must not move a schedule: cram and self-test answers go into the learner's
 * history and nowhere else. Daily reviews are written by the study's group commit ({@link AnswerRows}),
 * which also advances card_state; refusing {@link ReviewMode#REVIEW} here keeps the two paths apart.
 */
@Singleton
public class OffScheduleLog {
    private final ReviewLogRepository log;

    OffScheduleLog(ReviewLogRepository log) {
        this.log = log;
    }

    /** True when this call logged it; false when its one-time token was used already (double click, resend). */
    public boolean record(ReviewMode mode, long accountId, String deckSlug, String itemId, String cardId, int rating,
                          long reviewedAt, long durationMs, String answerToken) {
        if (mode == ReviewMode.REVIEW) {
            throw new IllegalArgumentException("a review moves the schedule: record it through the study's answers");
        }
        return log.logOnce(accountId, deckSlug, itemId, cardId, mode.code(), rating, reviewedAt, durationMs,
                answerToken) == 1;
    }
}
