package app.flashpoint.assignment;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.classroom.ClassroomRow;
import app.flashpoint.classroom.Classrooms;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.system.NotFoundException;
import jakarta.inject.Singleton;

/**
 * How every assignment route finds what it works on, and the only place that decides who may: an instructor
 * route needs a class the person manages, a student route a class they belong to, an attempt its own
 * student (and still a member). Anything else is a 404, the same as an id that does not exist.
 */
@Singleton
class AssignmentAccess {
    private final Classrooms classrooms;
    private final AssignmentRepository assignments;
    private final AttemptRepository attempts;
    private final DeckCatalog catalog;

    AssignmentAccess(Classrooms classrooms, AssignmentRepository assignments, AttemptRepository attempts,
                     DeckCatalog catalog) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.attempts = attempts;
        this.catalog = catalog;
    }

    /** An assignment with its class and the class's deck. */
    record InClass(AssignmentRow assignment, ClassroomRow classroom, Deck deck) {
    }

    ClassroomRow managedClass(long classId, CurrentAccount me) {
        return classrooms.managedBy(classId, me).orElseThrow(() -> new NotFoundException("No class " + classId));
    }

    InClass managed(long assignmentId, CurrentAccount me) {
        AssignmentRow a = assignment(assignmentId);
        ClassroomRow c = classrooms.managedBy(a.classroomId(), me).orElseThrow(() -> missing(assignmentId));
        return new InClass(a, c, deck(c));
    }

    InClass joined(long assignmentId, long accountId) {
        AssignmentRow a = assignment(assignmentId);
        ClassroomRow c = classrooms.joinedBy(a.classroomId(), accountId).orElseThrow(() -> missing(assignmentId));
        return new InClass(a, c, deck(c));
    }

    /** The student's own attempt, while they are in the assignment's class. */
    AttemptRow ownAttempt(long attemptId, long accountId) {
        return attempts.findByIdAndAccountId(attemptId, accountId)
                .orElseThrow(() -> new NotFoundException("No attempt " + attemptId));
    }

    Deck deck(ClassroomRow classroom) {
        return catalog.bankDeck(classroom.deckSlug())
                .orElseThrow(() -> NotFoundException.of("deck", classroom.deckSlug()));
    }

    private AssignmentRow assignment(long id) {
        return assignments.findById(id).orElseThrow(() -> missing(id));
    }

    private static NotFoundException missing(long id) {
        return new NotFoundException("No assignment " + id);
    }
}
