package app.flashpoint.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface LoginAttemptRepository extends CrudRepository<LoginAttemptRow, Long> {
    long countByThrottleKeyAndAttemptedAtGreaterThanEquals(String throttleKey, long since);

    /** The oldest attempt still in the window: the limit frees one place when it leaves. */
    @Query("SELECT MIN(attempted_at) FROM login_attempt WHERE throttle_key = :throttleKey AND attempted_at >= :since")
    Optional<Long> oldestSince(String throttleKey, long since);

    @Query("DELETE FROM login_attempt WHERE attempted_at < :cutoff")
    int forgetBefore(long cutoff);
}
