package app.flashpoint.selftest;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface SelfTestRepository extends CrudRepository<SelfTestRow, Long> {
    /** The one way a route reads a test: by id AND owner, so another learner's id is simply not found. */
    Optional<SelfTestRow> findByIdAndAccountId(long id, long accountId);

    List<SelfTestRow> findByAccountIdOrderByStartedAtDesc(long accountId);

    List<SelfTestRow> findByAccountIdAndDeckSlug(long accountId, String deckSlug);

    /** Finishes once: a second finish (two tabs, a late answer racing the last one) changes nothing. */
    @Query("UPDATE self_test SET finished_at = :finishedAt, score = :score WHERE id = :id AND finished_at IS NULL")
    int finish(long id, long finishedAt, double score);
}
