package app.flashpoint.study;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** study_load_balance (V25): one row per learner who changed the load balancer or their easy days. */
@JdbcRepository(dialect = Dialect.ANSI)
interface LoadBalanceRepository extends GenericRepository<LoadBalanceRepository.Row, Long> {
    @Introspected
    record Row(long accountId, boolean balance, String easyDays) {
    }

    @Query("SELECT account_id, balance, easy_days FROM study_load_balance WHERE account_id = :accountId")
    Optional<Row> find(long accountId);

    @Query("INSERT INTO study_load_balance (account_id, balance, easy_days) VALUES (:accountId, :balance, :easyDays) "
            + "ON CONFLICT (account_id) DO UPDATE SET balance = excluded.balance, easy_days = excluded.easy_days")
    void save(long accountId, boolean balance, String easyDays);
}
