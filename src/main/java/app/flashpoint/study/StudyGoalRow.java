package app.flashpoint.study;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.List;

/**
 * A learner's "ready by" goal in one deck: recall of at least {@code targetRecall} at {@code goalAt} (epoch ms) for
 * the key points listed ({@code keyPoints}, space-separated; empty for the whole deck).
 */
@MappedEntity("study_goal")
record StudyGoalRow(@Id @GeneratedValue @Nullable Long id, long accountId, String deckSlug, String title, long goalAt,
                    double targetRecall, String keyPoints, long createdAt) {
    List<String> keyPointIds() {
        return keyPoints.isBlank() ? List.of() : List.of(keyPoints.strip().split("\\s+"));
    }

    boolean covers(String keyPoint) {
        return keyPoints.isBlank() || keyPointIds().contains(keyPoint);
    }
}
