package app.flashpoint.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** A learner's suspended, buried and leech cards; every finder is keyed by the account. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface CardFlagRepository extends GenericRepository<CardFlagRow, Long> {
    List<CardFlagRow> findByAccountIdAndDeckSlug(long accountId, String deckSlug);

    Optional<CardFlagRow> findByAccountIdAndCardId(long accountId, String cardId);

    /** Writes the card's flags whole, creating its row if it has none (two tabs at once: the last one wins). */
    @Query("INSERT INTO card_flag (account_id, deck_slug, item_id, card_id, suspended_by, buried_until, buried_by, "
            + "leech_lapses) VALUES (:accountId, :deckSlug, :itemId, :cardId, :suspendedBy, :buriedUntil, :buriedBy, "
            + ":leechLapses) ON CONFLICT (account_id, card_id) DO UPDATE SET suspended_by = excluded.suspended_by, "
            + "buried_until = excluded.buried_until, buried_by = excluded.buried_by, leech_lapses = excluded.leech_lapses")
    void put(long accountId, String deckSlug, String itemId, String cardId, @Nullable String suspendedBy,
             long buriedUntil, @Nullable String buriedBy, int leechLapses);

    default void put(CardFlagRow row) {
        put(row.accountId(), row.deckSlug(), row.itemId(), row.cardId(), row.suspendedBy(), row.buriedUntil(),
                row.buriedBy(), row.leechLapses());
    }

    /** Lifts the burials that {@code cardId}'s answer made (its answer was undone). */
    @Query("UPDATE card_flag SET buried_until = 0, buried_by = NULL WHERE account_id = :accountId AND buried_by = :cardId")
    int unburyBy(long accountId, String cardId);
}
