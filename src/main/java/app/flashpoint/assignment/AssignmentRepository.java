package app.flashpoint.assignment;

import io.micronaut.core.annotation.Introspected;
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

    /**
     * Which cards each student of a class studied (mode 'review', the daily study) in a time window: what
     * practice completion is measured from.
     */
    @Query("SELECT account_id, card_id FROM review_log WHERE deck_slug = :deckSlug AND mode = 'review' "
            + "AND reviewed_at >= :from AND reviewed_at <= :to AND account_id IN "
            + "(SELECT account_id FROM classroom_member WHERE classroom_id = :classroomId) GROUP BY account_id, card_id")
    List<StudiedCard> studiedCards(long classroomId, String deckSlug, long from, long to);

    @Introspected
    record StudiedCard(long accountId, String cardId) {
    }
}
