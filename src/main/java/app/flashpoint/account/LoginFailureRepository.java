package app.flashpoint.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.ANSI)
interface LoginFailureRepository extends CrudRepository<LoginFailureRow, Long> {
    long countByThrottleKeyAndFailedAtGreaterThanEquals(String throttleKey, long since);

    @Query("DELETE FROM login_failure WHERE throttle_key = :throttleKey")
    int forget(String throttleKey);

    @Query("DELETE FROM login_failure WHERE failed_at < :cutoff")
    int forgetBefore(long cutoff);
}
