package app.flashpoint.classroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A student's place in a class. */
@MappedEntity("classroom_member")
record ClassroomMemberRow(@Id @GeneratedValue @Nullable Long id, long classroomId, long accountId, long joinedAt) {
}
