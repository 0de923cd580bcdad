package app.flashpoint.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** account_theme (V19): one row per account that chose a colour scheme. */
@JdbcRepository(dialect = Dialect.ANSI)
interface ThemeRepository extends GenericRepository<ThemeRepository.ThemeRow, Long> {
    @Introspected
    record ThemeRow(long accountId, String theme) {
    }

    @Query("SELECT account_id, theme FROM account_theme WHERE account_id = :accountId")
    Optional<ThemeRow> find(long accountId);

    @Query("INSERT INTO account_theme (account_id, theme) VALUES (:accountId, :theme) "
            + "ON CONFLICT (account_id) DO UPDATE SET theme = excluded.theme")
    void choose(long accountId, String theme);

    @Query("DELETE FROM account_theme WHERE account_id = :accountId")
    void forget(long accountId);
}
