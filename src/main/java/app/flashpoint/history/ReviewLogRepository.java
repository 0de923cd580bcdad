package app.flashpoint.history;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Every finder is keyed by the account, so one learner's log is never reached through another's request. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface ReviewLogRepository extends CrudRepository<ReviewLogRow, Long> {
    boolean existsByAccountIdAndAnswerToken(long accountId, String answerToken);

    @Query("SELECT * FROM review_log WHERE account_id = :accountId AND card_id = :cardId AND mode = 'review' "
            + "ORDER BY reviewed_at, id")
    List<ReviewLogRow> cardLog(long accountId, String cardId);

    @Query("SELECT * FROM review_log WHERE account_id = :accountId AND deck_slug = :deckSlug AND mode = 'review' "
            + "AND reviewed_at >= :since ORDER BY reviewed_at, id")
    List<ReviewLogRow> since(long accountId, String deckSlug, long since);

    /** The cards among {@code since}'s rows that had been answered before: their answers count as reviews. */
    @Query("SELECT DISTINCT card_id FROM review_log WHERE account_id = :accountId AND deck_slug = :deckSlug "
            + "AND mode = 'review' AND reviewed_at < :since")
    List<String> cardsAnsweredBefore(long accountId, String deckSlug, long since);

    /** When the learner's study answers since {@code since} were given, in every deck (streak and daily goal). */
    @Query("SELECT reviewed_at FROM review_log WHERE account_id = :accountId AND mode = 'review' AND reviewed_at >= :since")
    List<Long> reviewTimesSince(long accountId, long since);

    @Query("SELECT * FROM review_log WHERE account_id = :accountId AND deck_slug = :deckSlug AND mode = 'review' "
            + "AND reviewed_at >= :since ORDER BY reviewed_at DESC, id DESC LIMIT 1")
    Optional<ReviewLogRow> lastSince(long accountId, String deckSlug, long since);

    /** Every answer of one learner, oldest first (ties by insertion order, so replay order is stable). */
    @Query("SELECT * FROM review_log WHERE account_id = :accountId ORDER BY reviewed_at, id")
    List<ReviewLogRow> history(long accountId);

    @Query("SELECT * FROM review_log WHERE account_id = :accountId AND mode = :mode ORDER BY reviewed_at, id")
    List<ReviewLogRow> history(long accountId, String mode);

    /** One off-schedule answer unless its token was used already; see {@link OffScheduleLog}. */
    @Query("INSERT INTO review_log (account_id, deck_slug, item_id, card_id, mode, rating, reviewed_at, duration_ms, "
            + "answer_token) VALUES (:accountId, :deckSlug, :itemId, :cardId, :mode, :rating, :reviewedAt, "
            + ":durationMs, :answerToken) ON CONFLICT (account_id, answer_token) DO NOTHING")
    int logOnce(long accountId, String deckSlug, String itemId, String cardId, String mode, int rating,
                long reviewedAt, long durationMs, String answerToken);

    /** When the learner last met each item of a deck in any mode. */
    @Query("SELECT item_id, MAX(reviewed_at) AS last_seen FROM review_log WHERE account_id = :accountId "
            + "AND deck_slug = :deckSlug GROUP BY item_id")
    List<LastSeen> lastSeen(long accountId, String deckSlug);

    @Introspected
    record LastSeen(String itemId, @Nullable Long lastSeen) {
    }

    /**
     * Which cards each student of a class studied (daily study only) in a time window: what practice
     * completion is measured from.
     */
    @Query("SELECT account_id, card_id FROM review_log WHERE deck_slug = :deckSlug AND mode = 'review' "
            + "AND reviewed_at >= :from AND reviewed_at <= :to AND account_id IN "
            + "(SELECT account_id FROM classroom_member WHERE classroom_id = :classroomId) GROUP BY account_id, card_id")
    List<StudiedCard> studiedCards(long classroomId, String deckSlug, long from, long to);

    @Introspected
    record StudiedCard(long accountId, String cardId) {
    }
}
