package app.flashpoint.cram;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Callers reach these rows only through a session already checked to belong to the signed-in learner. */
@JdbcRepository(dialect = Dialect.ANSI)
interface CramCardRepository extends CrudRepository<CramCardRow, Long> {
    List<CramCardRow> findByCramSessionIdOrderByPosition(long cramSessionId);

    @Query("UPDATE cram_card SET done_at = :doneAt, attempts = attempts + 1 WHERE id = :id AND done_at IS NULL")
    int markDone(long id, long doneAt);

    /** Wrong: to the back of the loop, after every card still to go, so it is not asked again at once. */
    @Query("UPDATE cram_card SET attempts = attempts + 1, wrong = wrong + 1, position = "
            + "(SELECT MAX(c.position) FROM cram_card c WHERE c.cram_session_id = :cramSessionId) + 1 "
            + "WHERE id = :id AND done_at IS NULL")
    int requeue(long id, long cramSessionId);
}
