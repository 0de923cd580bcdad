package app.flashpoint.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Attempts. Reads for a student go by id AND account, so another student's attempt is not found. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface AttemptRepository extends CrudRepository<AttemptRow, Long> {
    Optional<AttemptRow> findByIdAndAccountId(long id, long accountId);

    List<AttemptRow> findByAssignmentIdAndAccountIdOrderByNumber(long assignmentId, long accountId);

    Optional<AttemptRow> findByAssignmentIdAndAccountIdAndNumber(long assignmentId, long accountId, int number);

    /** Every attempt at an assignment, by student then number (the instructor's view, the gradebook). */
    @Query("SELECT * FROM attempt WHERE assignment_id = :assignmentId ORDER BY account_id, number")
    List<AttemptRow> ofAssignment(long assignmentId);

    /**
     * Creates attempt {@code number} unless it exists (two tabs pressing Start together): 1 when this call
     * created it, 0 when the other one had. ON CONFLICT works on SQLite and PostgreSQL alike.
     */
    @Query("INSERT INTO attempt (assignment_id, account_id, number, seed, questions, started_at, deadline_at) "
            + "VALUES (:assignmentId, :accountId, :number, :seed, :questions, :startedAt, :deadlineAt) "
            + "ON CONFLICT (assignment_id, account_id, number) DO NOTHING")
    int begin(long assignmentId, long accountId, int number, long seed, String questions, long startedAt,
              @Nullable Long deadlineAt);

    /**
     * Takes the attempt's row lock while it is still open (1), or answers 0 once it is submitted. Saving and
     * submitting both start with it, so on PostgreSQL an answer can never land after the score was computed
     * (SQLite's IMMEDIATE transactions serialize them anyway).
     */
    @Query("UPDATE attempt SET seed = seed WHERE id = :id AND submitted_at IS NULL")
    int lockOpen(long id);

    /** Submits once: a second submit (two tabs, a resend) changes nothing and answers 0. */
    @Query("UPDATE attempt SET submitted_at = :submittedAt, score = :score WHERE id = :id AND submitted_at IS NULL")
    int submit(long id, long submittedAt, double score);

    /** A submitted attempt's score after a re-mark. */
    @Query("UPDATE attempt SET score = :score WHERE id = :id AND submitted_at IS NOT NULL")
    int rescore(long id, double score);
}
