package app.flashpoint.classroom;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface ClassroomMemberRepository extends CrudRepository<ClassroomMemberRow, Long> {
    List<ClassroomMemberRow> findByClassroomIdOrderByJoinedAt(long classroomId);

    boolean existsByClassroomIdAndAccountId(long classroomId, long accountId);

    /** Joining twice (a double click, a second tab) keeps the first row: a no-op, not an error. */
    @Query("INSERT INTO classroom_member (classroom_id, account_id, joined_at) VALUES (:classroomId, :accountId, "
            + ":joinedAt) ON CONFLICT (classroom_id, account_id) DO NOTHING")
    int join(long classroomId, long accountId, long joinedAt);

    @Query("DELETE FROM classroom_member WHERE classroom_id = :classroomId AND account_id = :accountId")
    int remove(long classroomId, long accountId);
}
