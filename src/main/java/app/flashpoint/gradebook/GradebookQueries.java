package app.flashpoint.gradebook;

import app.flashpoint.assignment.AttemptAnswerRow;
import app.flashpoint.assignment.AttemptRow;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/**
 * The gradebook's reads across assignments that the assignment repositories do not offer (a whole class, a
 * student's answers in a class, one item over every quiz). Read only; the assignment feature writes the rows.
 * Every query is scoped by class or by instructor, so ids of other classes find nothing.
 */
@JdbcRepository(dialect = Dialect.ANSI)
interface GradebookQueries extends GenericRepository<AttemptRow, Long> {

    /** Every attempt (open or submitted) of every assignment of a class, in attempt order per student. */
    @Query("SELECT t.* FROM attempt t JOIN assignment a ON a.id = t.assignment_id WHERE a.classroom_id = :classroomId "
            + "ORDER BY t.account_id, t.assignment_id, t.number")
    List<AttemptRow> attemptsOfClass(long classroomId);

    /** The saved answers of one student's attempts in one class. */
    @Query("SELECT aa.* FROM attempt_answer aa JOIN attempt t ON t.id = aa.attempt_id "
            + "JOIN assignment a ON a.id = t.assignment_id "
            + "WHERE a.classroom_id = :classroomId AND t.account_id = :accountId ORDER BY aa.attempt_id, aa.number")
    List<AttemptAnswerRow> answersOfStudent(long classroomId, long accountId);

    /** One saved answer, if it is one of this student's in this class. */
    @Query("SELECT aa.* FROM attempt_answer aa JOIN attempt t ON t.id = aa.attempt_id "
            + "JOIN assignment a ON a.id = t.assignment_id "
            + "WHERE aa.id = :answerId AND a.classroom_id = :classroomId AND t.account_id = :accountId")
    Optional<AttemptAnswerRow> answerOfStudent(long answerId, long classroomId, long accountId);

    /** The saved answers of the submitted attempts of one assignment. */
    @Query("SELECT aa.* FROM attempt_answer aa JOIN attempt t ON t.id = aa.attempt_id "
            + "WHERE t.assignment_id = :assignmentId AND t.submitted_at IS NOT NULL ORDER BY aa.attempt_id, aa.number")
    List<AttemptAnswerRow> answersOfAssignment(long assignmentId);

    /**
     * Submitted quiz attempts in classes the instructor teaches whose drawn questions mention the item (a
     * LIKE on the stored JSON narrows the rows; the caller checks the parsed questions exactly).
     */
    @Query("SELECT t.* FROM attempt t JOIN assignment a ON a.id = t.assignment_id "
            + "JOIN classroom c ON c.id = a.classroom_id "
            + "WHERE c.instructor_id = :instructorId AND a.kind = 'quiz' AND t.submitted_at IS NOT NULL "
            + "AND t.questions LIKE :pattern ORDER BY t.id")
    List<AttemptRow> attemptsMentioning(long instructorId, String pattern);

    @Query("SELECT aa.* FROM attempt_answer aa JOIN attempt t ON t.id = aa.attempt_id "
            + "JOIN assignment a ON a.id = t.assignment_id JOIN classroom c ON c.id = a.classroom_id "
            + "WHERE c.instructor_id = :instructorId AND a.kind = 'quiz' AND t.submitted_at IS NOT NULL "
            + "AND t.questions LIKE :pattern ORDER BY aa.attempt_id, aa.number")
    List<AttemptAnswerRow> answersMentioning(long instructorId, String pattern);

    /** Which deck an item belongs to, whatever its status. */
    @Query("SELECT id AS item_id, deck_slug FROM item WHERE id = :itemId")
    Optional<ItemDeck> itemDeck(String itemId);

    @Introspected
    record ItemDeck(String itemId, String deckSlug) {
    }
}
