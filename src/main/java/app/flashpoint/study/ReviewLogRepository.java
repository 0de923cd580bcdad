package app.flashpoint.study;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Every finder is keyed by the account, so one learner's log is never reached through another's request. */
@JdbcRepository(dialect = Dialect.ANSI)
interface ReviewLogRepository extends CrudRepository<ReviewLogRow, Long> {
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

    @Query("SELECT * FROM review_log WHERE account_id = :accountId AND deck_slug = :deckSlug AND mode = 'review' "
            + "AND reviewed_at >= :since ORDER BY reviewed_at DESC, id DESC LIMIT 1")
    Optional<ReviewLogRow> lastSince(long accountId, String deckSlug, long since);
}
