package app.flashpoint.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.ANSI)
interface PasswordResetRepository extends CrudRepository<PasswordResetRow, String> {
    @Query("DELETE FROM password_reset WHERE account_id = :accountId")
    void forgetAccount(long accountId);

    @Query("DELETE FROM password_reset WHERE account_id = :accountId AND used_at IS NULL")
    int deleteUnused(long accountId);

    /** 1 for the one request that spends the link; 0 when it was spent, replaced or expired meanwhile. */
    @Query("UPDATE password_reset SET used_at = :now WHERE token_hash = :tokenHash AND used_at IS NULL"
            + " AND expires_at > :now")
    int spend(String tokenHash, long now);
}
