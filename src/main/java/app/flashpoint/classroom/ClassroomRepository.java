package app.flashpoint.classroom;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface ClassroomRepository extends CrudRepository<ClassroomRow, Long> {
    /** How an instructor route reads a class: by id AND instructor, so another's class is simply not found. */
    Optional<ClassroomRow> findByIdAndInstructorId(long id, long instructorId);

    Optional<ClassroomRow> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    List<ClassroomRow> findByInstructorIdOrderByName(long instructorId);

    @Query("SELECT c.* FROM classroom c JOIN classroom_member m ON m.classroom_id = c.id "
            + "WHERE m.account_id = :accountId ORDER BY c.name")
    List<ClassroomRow> joinedBy(long accountId);
}
