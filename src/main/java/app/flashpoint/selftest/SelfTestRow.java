package app.flashpoint.selftest;

import app.flashpoint.quiz.Blueprint;
import app.flashpoint.quiz.Drawn;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One self-test of one learner. {@code blueprint} is the JSON of {@link Blueprint} (what was asked for),
 * {@code questions} the JSON list of {@link Drawn} (what was drawn), so the test never depends on redrawing.
 * {@code feedback} is the stored code of a {@link SelfTestFeedback}.
 */
@MappedEntity("self_test")
record SelfTestRow(@Id @GeneratedValue @Nullable Long id, long accountId, String deckSlug, String blueprint,
                   long seed, String questions, int questionCount, @Nullable Integer timeLimitSeconds,
                   String feedback, long startedAt, @Nullable Long finishedAt, @Nullable Double score) {
    public boolean finished() {
        return finishedAt != null;
    }

    public boolean immediateFeedback() {
        return SelfTestFeedback.of(feedback).orElseThrow() == SelfTestFeedback.IMMEDIATE;
    }

    /** Epoch millis after which answers are refused; null for an untimed test. */
    @Nullable
    Long deadline() {
        return timeLimitSeconds == null ? null : startedAt + timeLimitSeconds * 1000L;
    }

    boolean expiredAt(long now) {
        Long deadline = deadline();
        return deadline != null && now > deadline;
    }
}
