package app.flashpoint.study;

import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.history.CardStateRepository;
import app.flashpoint.history.CardStateRow;
import app.flashpoint.history.ReviewLogRepository;
import app.flashpoint.history.ReviewLogRow;
import app.flashpoint.history.ReviewMode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Answers given in another app (an Anki package's review log) adopted as the learner's own study answers of a deck
 * just imported: written to the review log, which is the truth, and each card's schedule rebuilt by replaying them
 * with the learner's scheduler, as undo does. So the cards come due where this app's FSRS puts them, and personal
 * weights can be fitted from the first day.
 */
@Singleton
public class ImportedHistory {
    /** One past answer of a card of the deck; {@code token} unique per learner (a second import of it is refused). */
    public record Answer(String itemId, String cardId, int rating, long reviewedAt, int durationMs, String token) {
    }

    private final Study study;
    private final CardStateRepository states;
    private final ReviewLogRepository logs;
    private final StudyCache cache;

    ImportedHistory(Study study, CardStateRepository states, ReviewLogRepository logs, StudyCache cache) {
        this.study = study;
        this.states = states;
        this.logs = logs;
        this.cache = cache;
    }

    /** Within the import's transaction, for a deck the learner has no answers in yet. Returns the answers written. */
    @Transactional
    public int adopt(long accountId, String slug, List<Answer> answers) {
        if (answers.isEmpty()) {
            return 0;
        }
        var byCard = new LinkedHashMap<String, List<ReviewLogRow>>();
        answers.stream().sorted(Comparator.comparingLong(Answer::reviewedAt)).forEach(a -> byCard
                .computeIfAbsent(a.cardId(), c -> new ArrayList<>())
                .add(new ReviewLogRow(null, accountId, slug, a.itemId(), a.cardId(), ReviewMode.REVIEW.code(),
                        a.rating(), a.reviewedAt(), a.durationMs(), a.token())));
        Scheduler scheduler = study.scheduler(accountId, slug);
        int written = 0;
        for (var card : byCard.entrySet()) {
            var kept = new ArrayList<ReviewLogRow>();
            for (ReviewLogRow row : card.getValue()) {
                if (logs.logOnce(accountId, slug, row.itemId(), row.cardId(), row.mode(), row.rating(),
                        row.reviewedAt(), row.durationMs(), row.answerToken()) == 1) {
                    kept.add(row);
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            written += kept.size();
            Replay replay = Replay.of(scheduler, kept, Study.cardSeed(accountId, card.getKey()));
            states.save(CardStateRow.of(null, accountId, slug, kept.get(0).itemId(), card.getKey(), replay.card(),
                    replay.lapses()));
        }
        cache.written(accountId, slug);
        return written;
    }
}
