package app.flashpoint.assignment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** Assignments by class. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface AssignmentRepository extends CrudRepository<AssignmentRow, Long> {
    List<AssignmentRow> findByClassroomIdOrderByOpenAt(long classroomId);

    List<AssignmentRow> findByClassroomIdIn(Collection<Long> classroomIds);

    /** Practices with a "ready by" target, due after {@code now}, of the classes the account is a student of in the deck. */
    @Query("SELECT a.* FROM assignment a JOIN classroom c ON c.id = a.classroom_id "
            + "JOIN classroom_member m ON m.classroom_id = c.id WHERE m.account_id = :accountId "
            + "AND c.deck_slug = :deckSlug AND a.kind = 'practice' AND a.target_recall IS NOT NULL AND a.due_at > :now "
            + "ORDER BY a.due_at")
    List<AssignmentRow> readyByFor(long accountId, String deckSlug, long now);
}
