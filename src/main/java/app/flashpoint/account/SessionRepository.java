package app.flashpoint.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.ANSI)
interface SessionRepository extends CrudRepository<SessionRow, String> {
    @Query("SELECT COUNT(*) FROM account_session WHERE id = :id AND ended_at IS NULL")
    long countLive(String id);

    @Query("UPDATE account_session SET ended_at = :now WHERE id = :id AND ended_at IS NULL")
    int end(String id, long now);

    @Query("UPDATE account_session SET ended_at = :now WHERE account_id = :accountId AND ended_at IS NULL")
    int endAll(long accountId, long now);
}
