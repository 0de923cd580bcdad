package app.flashpoint.study;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Keyed by the account, so one learner's goals are never reached through another's request. */
@JdbcRepository(dialect = Dialect.ANSI)
interface StudyGoalRepository extends CrudRepository<StudyGoalRow, Long> {
    List<StudyGoalRow> findByAccountIdAndDeckSlugOrderByGoalAt(long accountId, String deckSlug);

    List<StudyGoalRow> findByAccountIdOrderByGoalAt(long accountId);

    Optional<StudyGoalRow> findByIdAndAccountId(long id, long accountId);

    int countByAccountIdAndDeckSlug(long accountId, String deckSlug);
}
