package app.flashpoint.progress;

import app.flashpoint.history.ReviewLogRow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Review-mode answers that came at least 24 hours after the same card's previous review-mode answer. These
 * are exactly the optimizer's training items (core/fsrs TrainingData: elapsed whole days > 0), and the
 * answers true retention is measured on: an answer within the same day is a (re)learning step, not a test
 * of long-term memory.
 */
final class TrainingItems {
    static final long DAY_MS = 86_400_000L;

    private TrainingItems() {
    }

    /** Calls {@code sink} with each qualifying answer; {@code reviews} must be review-mode answers, oldest first. */
    static void forEach(List<ReviewLogRow> reviews, Consumer<ReviewLogRow> sink) {
        Map<String, Long> previous = new HashMap<>();
        for (ReviewLogRow r : reviews) {
            Long before = previous.put(r.cardId(), r.reviewedAt());
            if (before != null && r.reviewedAt() - before >= DAY_MS) {
                sink.accept(r);
            }
        }
    }

    static int count(List<ReviewLogRow> reviews) {
        int[] n = {0};
        forEach(reviews, r -> n[0]++);
        return n[0];
    }
}
