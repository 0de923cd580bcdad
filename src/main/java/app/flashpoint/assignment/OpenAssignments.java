package app.flashpoint.assignment;

import app.flashpoint.classroom.ClassroomRow;
import app.flashpoint.classroom.Classrooms;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A student's open assignments across their classes, soonest due first, each with where the student
 * stands: what the assignments page lists and the home page's "due soon" box shows the top of.
 */
@Singleton
class OpenAssignments {
    private final Classrooms classrooms;
    private final AssignmentRepository assignments;
    private final AttemptRepository attempts;
    private final AssignmentAccess access;
    private final Attempts attemptRules;
    private final PracticeProgress practice;
    private final LocalTimes times;

    OpenAssignments(Classrooms classrooms, AssignmentRepository assignments, AttemptRepository attempts,
                    AssignmentAccess access, Attempts attemptRules, PracticeProgress practice, LocalTimes times) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.attempts = attempts;
        this.access = access;
        this.attemptRules = attemptRules;
        this.practice = practice;
        this.times = times;
    }

    /** An open assignment on the dashboard. */
    record DueLine(long id, String title, String kind, String className, @Nullable Long dueAt, String due,
                   boolean overdue, String status) {
    }

    /** The first {@code limit} of the open assignments, and how many are open in all. */
    record Open(List<DueLine> lines, int count) {
    }

    /**
     * {@code joined}: the student's classes. Sorted before the status is worked out, so only the lines shown
     * cost their queries (the home page shows three).
     */
    Open of(long me, List<ClassroomRow> joined, int limit) {
        long now = attemptRules.now();
        Map<Long, ClassroomRow> byId = joined.stream().collect(Collectors.toMap(ClassroomRow::id, Function.identity()));
        if (byId.isEmpty()) {
            return new Open(List.of(), 0);
        }
        List<AssignmentRow> open = assignments.findByClassroomIdIn(byId.keySet()).stream()
                .filter(a -> a.isOpenAt(now))
                .sorted(Comparator.comparing((AssignmentRow a) -> a.dueAt() == null ? Long.MAX_VALUE : a.dueAt())
                        .thenComparing(AssignmentRow::title))
                .toList();
        List<DueLine> lines = open.stream().limit(limit)
                .map(a -> new DueLine(a.id(), a.title(), a.kind(), byId.get(a.classroomId()).name(), a.dueAt(),
                        a.dueAt() == null ? "no due date" : times.show(a.dueAt()), a.overdueAt(now),
                        status(a, byId.get(a.classroomId()), me, now)))
                .toList();
        return new Open(lines, open.size());
    }

    Open of(long me, int limit) {
        return of(me, classrooms.joined(me), limit);
    }

    private String status(AssignmentRow a, ClassroomRow classroom, long me, long now) {
        if (!a.quiz()) {
            return practice.ofClass(a, access.deck(classroom), now).of(me).percent() + "% studied";
        }
        List<AttemptRow> mine = attempts.findByAssignmentIdAndAccountIdOrderByNumber(a.id(), me);
        if (mine.stream().anyMatch(t -> !t.submitted())) {
            return "in progress";
        }
        return mine.isEmpty() ? "not started" : mine.size() + " attempt" + (mine.size() == 1 ? "" : "s") + " submitted";
    }
}
