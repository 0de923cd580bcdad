package app.flashpoint.progress;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface ReviewLogEntries extends CrudRepository<ReviewLogEntry, Long> {
    /** Every answer of one learner, oldest first (ties by insertion order, so replay order is stable). */
    @Query("SELECT * FROM review_log WHERE account_id = :accountId ORDER BY reviewed_at, id")
    List<ReviewLogEntry> history(long accountId);

    @Query("SELECT * FROM review_log WHERE account_id = :accountId AND mode = :mode ORDER BY reviewed_at, id")
    List<ReviewLogEntry> history(long accountId, String mode);
}
