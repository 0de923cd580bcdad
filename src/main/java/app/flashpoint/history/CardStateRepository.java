package app.flashpoint.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Every finder is keyed by the account: a learner's states are never read through another's id. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface CardStateRepository extends CrudRepository<CardStateRow, Long> {
    List<CardStateRow> findByAccountIdAndDeckSlug(long accountId, String deckSlug);

    List<CardStateRow> findByAccountId(long accountId);

    Optional<CardStateRow> findByAccountIdAndCardId(long accountId, String cardId);

    /**
     * Writes a review's result only if nobody answered the card since it was read ({@code reps} unchanged):
     * two tabs answering the same card at once cannot both advance it. Returns the rows changed (0 or 1).
     */
    @Query("UPDATE card_state SET state = :state, step = :step, stability = :stability, difficulty = :difficulty, "
            + "due = :due, last_review = :lastReview, reps = :reps, lapses = :lapses "
            + "WHERE id = :id AND account_id = :accountId AND reps = :expectedReps")
    int advance(long id, long accountId, String state, int step, double stability, double difficulty, long due,
                @Nullable Long lastReview, int reps, int lapses, int expectedReps);
}
