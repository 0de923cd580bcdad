package app.flashpoint.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** account_profile (V20): one row per account that changed its name, time zone or daily goal. */
@JdbcRepository(dialect = Dialect.ANSI)
interface ProfileRepository extends GenericRepository<ProfileRepository.ProfileRow, Long> {
    @Introspected
    record ProfileRow(long accountId, @Nullable String displayName, @Nullable String timeZone, int dailyGoal) {
    }

    @Query("SELECT account_id, display_name, time_zone, daily_goal FROM account_profile WHERE account_id = :accountId")
    Optional<ProfileRow> find(long accountId);

    @Query("SELECT account_id, display_name, time_zone, daily_goal FROM account_profile WHERE account_id IN (:ids)")
    List<ProfileRow> findAll(Collection<Long> ids);

    @Query("INSERT INTO account_profile (account_id, display_name, time_zone, daily_goal) "
            + "VALUES (:accountId, :displayName, :timeZone, :dailyGoal) ON CONFLICT (account_id) DO UPDATE SET "
            + "display_name = excluded.display_name, time_zone = excluded.time_zone, daily_goal = excluded.daily_goal")
    void save(long accountId, @Nullable String displayName, @Nullable String timeZone, int dailyGoal);

    @Query("DELETE FROM account_profile WHERE account_id = :accountId")
    void forget(long accountId);
}
