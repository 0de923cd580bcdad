package app.flashpoint.cram;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface CramSessionRepository extends CrudRepository<CramSessionRow, Long> {
    /** The one way a route reads a session: by id AND owner, so another learner's id is simply not found. */
    Optional<CramSessionRow> findByIdAndAccountId(long id, long accountId);

    /** Unfinished sessions of a deck, newest first, offered to continue on the new-session page. */
    List<CramSessionRow> findByAccountIdAndDeckSlugAndFinishedAtIsNullOrderByStartedAtDesc(long accountId,
                                                                                            String deckSlug);

    /** Finishes once, whichever of two racing last answers gets here first. */
    @Query("UPDATE cram_session SET finished_at = :finishedAt WHERE id = :id AND finished_at IS NULL")
    int finish(long id, long finishedAt);
}
