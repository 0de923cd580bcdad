package app.flashpoint.history;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
public interface StudyStampRepository extends GenericRepository<StudyStampRow, Long> {

    @Query("SELECT version FROM study_stamp WHERE account_id = :accountId AND deck_slug = :deckSlug")
    Optional<Long> version(long accountId, String deckSlug);

    /**
     * Raises the learner-deck's version, creating it at 1. Only inside the transaction that wrote the study rows
     * (MANDATORY: without one it throws), or another instance could read the new version with the old rows.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    @Query("INSERT INTO study_stamp (account_id, deck_slug, version) VALUES (:accountId, :deckSlug, 1) "
            + "ON CONFLICT (account_id, deck_slug) DO UPDATE SET version = study_stamp.version + 1")
    void raise(long accountId, String deckSlug);

    /** Raises every deck's version of the learner (their weights changed). */
    @Query("UPDATE study_stamp SET version = version + 1 WHERE account_id = :accountId")
    int raiseAll(long accountId);
}
