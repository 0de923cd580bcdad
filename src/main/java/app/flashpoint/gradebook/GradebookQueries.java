package app.flashpoint.gradebook;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/**
 * The gradebook's read model: classes, members, assignments, attempts and answers, read only. Every query
 * that takes an assignment or attempt is scoped by class (or by instructor), so an id of another class's
 * assignment finds nothing.
 */
@JdbcRepository(dialect = Dialect.ANSI)
interface GradebookQueries extends GenericRepository<AssignmentEntry, Long> {

    /** A class as an instructor route reads it: by id AND instructor, so another's class is not found. */
    @Query("SELECT id, name, deck_slug FROM classroom WHERE id = :id AND instructor_id = :instructorId")
    Optional<TaughtClass> taughtClass(long id, long instructorId);

    @Query("SELECT account_id, joined_at FROM classroom_member WHERE classroom_id = :classroomId "
            + "ORDER BY joined_at, id")
    List<Member> members(long classroomId);

    @Query("SELECT * FROM assignment WHERE classroom_id = :classroomId ORDER BY open_at, id")
    List<AssignmentEntry> inClass(long classroomId);

    Optional<AssignmentEntry> findByIdAndClassroomId(long id, long classroomId);

    /** Every attempt (open or submitted) of every assignment of a class, in attempt order per student. */
    @Query("SELECT t.id, t.assignment_id, t.account_id, t.number, t.questions, t.started_at, t.submitted_at, t.score "
            + "FROM attempt t JOIN assignment a ON a.id = t.assignment_id WHERE a.classroom_id = :classroomId "
            + "ORDER BY t.account_id, t.assignment_id, t.number")
    List<AttemptEntry> attemptsOfClass(long classroomId);

    /** The saved answers of one student's attempts in one class. */
    @Query("SELECT aa.attempt_id, aa.number, aa.item_id, aa.response, aa.chosen_option, aa.mark, aa.score "
            + "FROM attempt_answer aa JOIN attempt t ON t.id = aa.attempt_id "
            + "JOIN assignment a ON a.id = t.assignment_id "
            + "WHERE a.classroom_id = :classroomId AND t.account_id = :accountId ORDER BY aa.attempt_id, aa.number")
    List<AnswerEntry> answersOfStudent(long classroomId, long accountId);

    /** The saved answers of the submitted attempts of one assignment. */
    @Query("SELECT aa.attempt_id, aa.number, aa.item_id, aa.response, aa.chosen_option, aa.mark, aa.score "
            + "FROM attempt_answer aa JOIN attempt t ON t.id = aa.attempt_id "
            + "WHERE t.assignment_id = :assignmentId AND t.submitted_at IS NOT NULL ORDER BY aa.attempt_id, aa.number")
    List<AnswerEntry> answersOfAssignment(long assignmentId);

    /**
     * Submitted quiz attempts in classes the instructor teaches whose drawn questions mention the item (a
     * LIKE on the stored JSON narrows the rows; the caller checks the parsed questions exactly).
     */
    @Query("SELECT t.id, t.assignment_id, t.account_id, t.number, t.questions, t.started_at, t.submitted_at, t.score "
            + "FROM attempt t JOIN assignment a ON a.id = t.assignment_id JOIN classroom c ON c.id = a.classroom_id "
            + "WHERE c.instructor_id = :instructorId AND a.kind = 'quiz' AND t.submitted_at IS NOT NULL "
            + "AND t.questions LIKE :pattern ORDER BY t.id")
    List<AttemptEntry> attemptsMentioning(long instructorId, String pattern);

    @Query("SELECT aa.attempt_id, aa.number, aa.item_id, aa.response, aa.chosen_option, aa.mark, aa.score "
            + "FROM attempt_answer aa JOIN attempt t ON t.id = aa.attempt_id JOIN assignment a ON a.id = t.assignment_id "
            + "JOIN classroom c ON c.id = a.classroom_id "
            + "WHERE c.instructor_id = :instructorId AND a.kind = 'quiz' AND t.submitted_at IS NOT NULL "
            + "AND t.questions LIKE :pattern ORDER BY aa.attempt_id, aa.number")
    List<AnswerEntry> answersMentioning(long instructorId, String pattern);

    /** Which deck an item belongs to, whatever its status. */
    @Query("SELECT id AS item_id, deck_slug FROM item WHERE id = :itemId")
    Optional<ItemDeck> itemDeck(String itemId);

    /**
     * The cards of a deck that class members reviewed (daily study, mode 'review') in a time window: what
     * practice completion is measured from.
     */
    @Query("SELECT DISTINCT r.account_id, r.card_id FROM review_log r "
            + "JOIN classroom_member m ON m.account_id = r.account_id "
            + "WHERE m.classroom_id = :classroomId AND r.deck_slug = :deckSlug AND r.mode = 'review' "
            + "AND r.reviewed_at >= :from AND r.reviewed_at <= :to")
    List<ReviewedCard> reviewedCards(long classroomId, String deckSlug, long from, long to);

    @Introspected
    record TaughtClass(long id, String name, String deckSlug) {
    }

    @Introspected
    record Member(long accountId, long joinedAt) {
    }

    @Introspected
    record AttemptEntry(long id, long assignmentId, long accountId, int number, String questions, long startedAt,
                        @Nullable Long submittedAt, @Nullable Double score) {
        boolean submitted() {
            return submittedAt != null;
        }
    }

    @Introspected
    record AnswerEntry(long attemptId, int number, String itemId, String response, @Nullable String chosenOption,
                       @Nullable String mark, @Nullable Double score) {
    }

    @Introspected
    record ItemDeck(String itemId, String deckSlug) {
    }

    @Introspected
    record ReviewedCard(long accountId, String cardId) {
    }
}
