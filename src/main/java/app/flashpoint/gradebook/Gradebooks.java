package app.flashpoint.gradebook;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.account.Roles;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.grading.GradingMethod;
import app.flashpoint.gradebook.GradebookQueries.AnswerEntry;
import app.flashpoint.gradebook.GradebookQueries.AttemptEntry;
import app.flashpoint.gradebook.GradebookQueries.Member;
import app.flashpoint.gradebook.GradebookQueries.TaughtClass;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the gradebook views from the read model. Every entry point starts from a class read by id AND
 * instructor, and every assignment is read by id AND class, so ids of other classes are 404s.
 */
@Singleton
class Gradebooks {
    private final GradebookQueries queries;
    private final Roles roles;
    private final DrawnQuestions drawn;
    private final PracticeCompletion practice;
    private final ItemTexts items;

    Gradebooks(GradebookQueries queries, Roles roles, DrawnQuestions drawn, PracticeCompletion practice,
               ItemTexts items) {
        this.queries = queries;
        this.roles = roles;
        this.drawn = drawn;
        this.practice = practice;
        this.items = items;
    }

    /** A quiz grade of one student: submitted attempts in order, the grade by the method, the graded attempt. */
    record Grade(List<AttemptEntry> submitted, boolean open, @Nullable Double value, @Nullable AttemptEntry graded) {
        static Grade of(GradingMethod method, List<AttemptEntry> attempts) {
            List<AttemptEntry> submitted = attempts.stream().filter(AttemptEntry::submitted).toList();
            List<Double> scores = submitted.stream().map(a -> a.score() == null ? 0.0 : a.score()).toList();
            var grade = method.grade(scores);
            int graded = method.gradedAttempt(scores);
            return new Grade(submitted, attempts.stream().anyMatch(a -> !a.submitted()),
                    grade.isPresent() ? grade.getAsDouble() : null, graded < 0 ? null : submitted.get(graded));
        }
    }

    /** A row of a per-assignment export: the graded attempt's questions (empty without a submitted attempt). */
    record ResultRow(Student student, Grade grade, List<QuestionResult> questions) {
    }

    TaughtClass taught(long classId, Authentication authentication) {
        return queries.taughtClass(classId, CurrentAccount.of(authentication).id())
                .orElseThrow(() -> new NotFoundException("No class " + classId));
    }

    AssignmentEntry assignment(TaughtClass classroom, long assignmentId) {
        return queries.findByIdAndClassroomId(assignmentId, classroom.id())
                .orElseThrow(() -> new NotFoundException("No assignment " + assignmentId + " in this class"));
    }

    AssignmentEntry quiz(TaughtClass classroom, long assignmentId) {
        AssignmentEntry assignment = assignment(classroom, assignmentId);
        if (!assignment.quiz()) {
            throw new NotFoundException("Assignment " + assignmentId + " is not a quiz");
        }
        return assignment;
    }

    List<Student> students(TaughtClass classroom) {
        List<Long> ids = queries.members(classroom.id()).stream().map(Member::accountId).toList();
        Map<Long, String> names = roles.displayNames(ids);
        return ids.stream().map(id -> new Student(id, names.getOrDefault(id, "?"))).toList();
    }

    List<AssignmentEntry> assignments(TaughtClass classroom) {
        return queries.inClass(classroom.id());
    }

    ClassGradebook gradebook(TaughtClass classroom) {
        List<AssignmentEntry> assignments = assignments(classroom);
        Map<Long, Map<Long, List<AttemptEntry>>> attempts = attemptsByStudentAndAssignment(classroom);
        Map<Long, Map<Long, Double>> completion = assignments.stream().filter(a -> !a.quiz())
                .collect(Collectors.toMap(AssignmentEntry::id, a -> practice.of(classroom, a)));
        List<ClassGradebook.Column> columns = assignments.stream().map(Gradebooks::column).toList();
        List<ClassGradebook.Row> rows = new ArrayList<>();
        for (Student s : students(classroom)) {
            List<ClassGradebook.Cell> cells = new ArrayList<>();
            for (AssignmentEntry a : assignments) {
                if (a.quiz()) {
                    Grade g = Grade.of(a.method(), attempts.getOrDefault(s.accountId(), Map.of())
                            .getOrDefault(a.id(), List.of()));
                    cells.add(new ClassGradebook.Cell(a.id(), g.value(), g.submitted().size(), g.open()));
                } else {
                    cells.add(new ClassGradebook.Cell(a.id(),
                            completion.get(a.id()).isEmpty() ? null
                                    : completion.get(a.id()).getOrDefault(s.accountId(), 0.0), 0, false));
                }
            }
            rows.add(new ClassGradebook.Row(s, cells));
        }
        return new ClassGradebook(classroom, columns, rows);
    }

    /** One row per student for one quiz, with the questions of the attempt that stands for the grade. */
    List<ResultRow> results(TaughtClass classroom, AssignmentEntry quiz) {
        Map<Long, List<AttemptEntry>> attempts = attemptsByStudentAndAssignment(classroom).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getOrDefault(quiz.id(), List.of())));
        List<AnswerEntry> answers = queries.answersOfAssignment(quiz.id());
        List<ResultRow> rows = new ArrayList<>();
        for (Student s : students(classroom)) {
            Grade g = Grade.of(quiz.method(), attempts.getOrDefault(s.accountId(), List.of()));
            rows.add(new ResultRow(s, g, g.graded() == null ? List.of() : drawn.of(g.graded(), answers).questions()));
        }
        return rows;
    }

    /** Everything one student did in the class; 404 when they are not a member. */
    StudentReport student(TaughtClass classroom, long accountId) {
        Student student = students(classroom).stream().filter(s -> s.accountId() == accountId).findFirst()
                .orElseThrow(() -> new NotFoundException("No student " + accountId + " in this class"));
        List<AssignmentEntry> assignments = assignments(classroom);
        Map<Long, List<AttemptEntry>> attempts = attemptsByStudentAndAssignment(classroom)
                .getOrDefault(accountId, Map.of());
        List<AnswerEntry> answers = queries.answersOfStudent(classroom.id(), accountId);
        Map<String, Item> published = items.published(classroom.deckSlug());
        List<StudentReport.Section> sections = new ArrayList<>();
        for (AssignmentEntry a : assignments) {
            if (!a.quiz()) {
                Map<Long, Double> done = practice.of(classroom, a);
                sections.add(new StudentReport.Section(column(a),
                        Figures.percent(done.isEmpty() ? null : done.getOrDefault(accountId, 0.0)), List.of()));
                continue;
            }
            List<AttemptEntry> its = attempts.getOrDefault(a.id(), List.of());
            Grade g = Grade.of(a.method(), its);
            List<StudentReport.AttemptView> views = its.stream().map(t -> {
                AttemptResult r = drawn.of(t, answers);
                List<StudentReport.QuestionLine> lines = r.questions().stream().map(q -> new StudentReport.QuestionLine(
                        q.number(), items.of(classroom.deckSlug(), q.itemId(), published), items.response(q.response()),
                        q.markText(), Figures.csv(q.score()))).toList();
                return new StudentReport.AttemptView(r.number(), r.submitted(), Figures.percent(r.score()),
                        g.graded() != null && g.graded().id() == t.id(), lines);
            }).toList();
            sections.add(new StudentReport.Section(column(a), Figures.percent(g.value()), views));
        }
        return new StudentReport(classroom, student, sections);
    }

    private Map<Long, Map<Long, List<AttemptEntry>>> attemptsByStudentAndAssignment(TaughtClass classroom) {
        return queries.attemptsOfClass(classroom.id()).stream().collect(Collectors.groupingBy(
                AttemptEntry::accountId, Collectors.groupingBy(AttemptEntry::assignmentId, Collectors.toList())));
    }

    static ClassGradebook.Column column(AssignmentEntry a) {
        return new ClassGradebook.Column(a.id(), a.title(), a.quiz(),
                a.quiz() ? "grade: " + a.method().label() : "completion");
    }
}
