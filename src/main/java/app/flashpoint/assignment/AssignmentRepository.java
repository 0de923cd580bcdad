package app.flashpoint.assignment;

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
}
