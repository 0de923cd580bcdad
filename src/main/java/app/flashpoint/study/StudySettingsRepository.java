package app.flashpoint.study;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface StudySettingsRepository extends CrudRepository<StudySettingsRow, Long> {
    Optional<StudySettingsRow> findByAccountIdAndDeckSlug(long accountId, String deckSlug);
}
