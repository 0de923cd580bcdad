package app.flashpoint.classroom;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.account.Roles;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classes: create one with a fresh join code, join it, list and remove its students. The public methods are
 * how other features (assignments) find a class the signed-in person may manage or belongs to.
 */
@Singleton
public class Classrooms {
    /** Codes are random; a clash is so unlikely that a few tries are plenty (the column is unique anyway). */
    private static final int CODE_TRIES = 5;

    private final ClassroomRepository classes;
    private final ClassroomMemberRepository members;
    private final JoinCodes codes;
    private final Roles roles;
    private final Clock clock;

    Classrooms(ClassroomRepository classes, ClassroomMemberRepository members, JoinCodes codes, Roles roles,
               Clock clock) {
        this.classes = classes;
        this.members = members;
        this.codes = codes;
        this.roles = roles;
        this.clock = clock;
    }

    /** A student as the instructor's class page shows them. */
    public record Student(long accountId, String name, long joinedAt) {
    }

    @Transactional
    ClassroomRow create(long instructorId, String name, String deckSlug) {
        String code = codes.next();
        for (int i = 1; i < CODE_TRIES && classes.existsByJoinCode(code); i++) {
            code = codes.next();
        }
        return classes.save(new ClassroomRow(null, instructorId, name, deckSlug, code, clock.millis()));
    }

    Optional<ClassroomRow> taughtBy(long id, long instructorId) {
        return classes.findByIdAndInstructorId(id, instructorId);
    }

    /**
     * A class the person may manage: their own (an instructor), any (an admin); empty otherwise, so a route
     * answers 404 for another instructor's class just as for a missing one.
     */
    public Optional<ClassroomRow> managedBy(long id, CurrentAccount me) {
        return Roles.ADMIN.equals(me.role()) ? classes.findById(id) : taughtBy(id, me.id());
    }

    /** A class the account is a student of; empty for any other class. */
    public Optional<ClassroomRow> joinedBy(long id, long accountId) {
        return classes.findById(id).filter(c -> members.existsByClassroomIdAndAccountId(id, accountId));
    }

    Optional<ClassroomRow> byCode(String code) {
        return JoinCodes.normalised(code).flatMap(classes::findByJoinCode);
    }

    boolean isMember(ClassroomRow classroom, long accountId) {
        return members.existsByClassroomIdAndAccountId(classroom.id(), accountId);
    }

    /** The instructor of a class is not also its student: their own join link changes nothing. */
    void join(ClassroomRow classroom, long accountId) {
        if (classroom.instructorId() != accountId) {
            members.join(classroom.id(), accountId, clock.millis());
        }
    }

    boolean remove(ClassroomRow classroom, long accountId) {
        return members.remove(classroom.id(), accountId) > 0;
    }

    public List<Student> students(ClassroomRow classroom) {
        List<ClassroomMemberRow> rows = members.findByClassroomIdOrderByJoinedAt(classroom.id());
        Map<Long, String> names = roles.displayNames(rows.stream().map(ClassroomMemberRow::accountId).toList());
        return rows.stream().map(m -> new Student(m.accountId(), names.getOrDefault(m.accountId(), "?"), m.joinedAt()))
                .toList();
    }

    List<ClassroomRow> taught(long accountId) {
        return classes.findByInstructorIdOrderByName(accountId);
    }

    public List<ClassroomRow> joined(long accountId) {
        return classes.joinedBy(accountId);
    }
}
