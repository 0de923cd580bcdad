package app.flashpoint.gradebook;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.assignment.AssignmentRepository;
import app.flashpoint.assignment.AssignmentRow;
import app.flashpoint.assignment.AttemptAnswerRow;
import app.flashpoint.assignment.AttemptRow;
import app.flashpoint.assignment.Grades;
import app.flashpoint.assignment.PracticeProgress;
import app.flashpoint.classroom.ClassroomRow;
import app.flashpoint.classroom.Classrooms;
import app.flashpoint.core.bank.Item;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the gradebook views from the read model. Every entry point starts from a class read by id AND
 * instructor, and every assignment is read by id AND class, so ids of other classes are 404s.
 */
@Singleton
class Gradebooks {
    private final Classrooms classrooms;
    private final AssignmentRepository assignments;
    private final GradebookQueries queries;
    private final DrawnQuestions drawn;
    private final PracticeProgress practice;
    private final DeckCatalog catalog;
    private final ItemTexts items;
    private final Clock clock;

    Gradebooks(Classrooms classrooms, AssignmentRepository assignments, GradebookQueries queries,
               DrawnQuestions drawn, PracticeProgress practice, DeckCatalog catalog, ItemTexts items, Clock clock) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.queries = queries;
        this.drawn = drawn;
        this.practice = practice;
        this.catalog = catalog;
        this.items = items;
        this.clock = clock;
    }

    /**
     * A quiz grade of one student: submitted attempts in order, the grade (assignment.Grades, the rule the
     * student's own pages use), and the attempt that stands for it.
     */
    record Grade(List<AttemptRow> submitted, boolean open, @Nullable Double value, @Nullable AttemptRow graded) {
        static Grade of(AssignmentRow quiz, List<AttemptRow> attempts) {
            List<AttemptRow> submitted = attempts.stream().filter(AttemptRow::submitted)
                    .sorted(Comparator.comparingInt(AttemptRow::number)).toList();
            var grade = Grades.of(quiz, submitted);
            int graded = quiz.gradingMethod().gradedAttempt(
                    submitted.stream().map(a -> a.score() == null ? 0.0 : a.score()).toList());
            return new Grade(submitted, attempts.stream().anyMatch(a -> !a.submitted()),
                    grade.isPresent() ? grade.getAsDouble() : null, graded < 0 ? null : submitted.get(graded));
        }
    }

    /** A row of a per-assignment export: the graded attempt's questions (empty without a submitted attempt). */
    record ResultRow(Classrooms.Student student, Grade grade, List<QuestionResult> questions) {
    }

    /** The class as every instructor route reads it: its own instructor's, or any for an admin; else 404. */
    ClassroomRow taught(long classId, Authentication authentication) {
        return classrooms.managedBy(classId, CurrentAccount.of(authentication))
                .orElseThrow(() -> new NotFoundException("No class " + classId));
    }

    AssignmentRow assignment(ClassroomRow classroom, long assignmentId) {
        return assignments.findById(assignmentId).filter(a -> a.classroomId() == classroom.id())
                .orElseThrow(() -> new NotFoundException("No assignment " + assignmentId + " in this class"));
    }

    AssignmentRow quiz(ClassroomRow classroom, long assignmentId) {
        AssignmentRow assignment = assignment(classroom, assignmentId);
        if (!assignment.quiz()) {
            throw new NotFoundException("Assignment " + assignmentId + " is not a quiz");
        }
        return assignment;
    }

    List<Classrooms.Student> students(ClassroomRow classroom) {
        return classrooms.students(classroom);
    }

    List<AssignmentRow> assignments(ClassroomRow classroom) {
        return assignments.findByClassroomIdOrderByOpenAt(classroom.id());
    }

    /** Completion of a practice by every student (practice.PracticeProgress); null when the deck is gone. */
    @Nullable
    PracticeProgress.ClassCompletion completion(ClassroomRow classroom, AssignmentRow practiceAssignment) {
        return catalog.bankDeck(classroom.deckSlug())
                .map(deck -> practice.ofClass(practiceAssignment, deck, clock.millis())).orElse(null);
    }

    @Nullable
    private static Double completionOf(@Nullable PracticeProgress.ClassCompletion completion, long accountId) {
        return completion == null ? null : completion.of(accountId).fraction();
    }

    ClassGradebook gradebook(ClassroomRow classroom) {
        List<AssignmentRow> assignments = assignments(classroom);
        Map<Long, Map<Long, List<AttemptRow>>> attempts = attemptsByStudentAndAssignment(classroom);
        Map<Long, PracticeProgress.ClassCompletion> completion = new HashMap<>();
        assignments.stream().filter(a -> !a.quiz()).forEach(a -> completion.put(a.id(), completion(classroom, a)));
        List<ClassGradebook.Column> columns = assignments.stream().map(Gradebooks::column).toList();
        List<ClassGradebook.Row> rows = new ArrayList<>();
        for (Classrooms.Student s : students(classroom)) {
            List<ClassGradebook.Cell> cells = new ArrayList<>();
            for (AssignmentRow a : assignments) {
                if (a.quiz()) {
                    Grade g = Grade.of(a, attempts.getOrDefault(s.accountId(), Map.of())
                            .getOrDefault(a.id(), List.of()));
                    cells.add(new ClassGradebook.Cell(a.id(), g.value(), g.submitted().size(), g.open()));
                } else {
                    cells.add(new ClassGradebook.Cell(a.id(), completionOf(completion.get(a.id()), s.accountId()),
                            0, false));
                }
            }
            rows.add(new ClassGradebook.Row(s, cells));
        }
        return new ClassGradebook(classroom, columns, rows);
    }

    /** One row per student for one quiz, with the questions of the attempt that stands for the grade. */
    List<ResultRow> results(ClassroomRow classroom, AssignmentRow quiz) {
        Map<Long, List<AttemptRow>> attempts = attemptsByStudentAndAssignment(classroom).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getOrDefault(quiz.id(), List.of())));
        List<AttemptAnswerRow> answers = queries.answersOfAssignment(quiz.id());
        List<ResultRow> rows = new ArrayList<>();
        for (Classrooms.Student s : students(classroom)) {
            Grade g = Grade.of(quiz, attempts.getOrDefault(s.accountId(), List.of()));
            rows.add(new ResultRow(s, g, g.graded() == null ? List.of() : drawn.of(g.graded(), answers).questions()));
        }
        return rows;
    }

    /** Everything one student did in the class; 404 when they are not a member. */
    StudentReport student(ClassroomRow classroom, long accountId) {
        Classrooms.Student student = students(classroom).stream().filter(s -> s.accountId() == accountId).findFirst()
                .orElseThrow(() -> new NotFoundException("No student " + accountId + " in this class"));
        List<AssignmentRow> assignments = assignments(classroom);
        Map<Long, List<AttemptRow>> attempts = attemptsByStudentAndAssignment(classroom)
                .getOrDefault(accountId, Map.of());
        List<AttemptAnswerRow> answers = queries.answersOfStudent(classroom.id(), accountId);
        Map<String, Item> published = items.published(classroom.deckSlug());
        List<StudentReport.Section> sections = new ArrayList<>();
        for (AssignmentRow a : assignments) {
            if (!a.quiz()) {
                sections.add(new StudentReport.Section(column(a),
                        Figures.percent(completionOf(completion(classroom, a), accountId)), List.of()));
                continue;
            }
            List<AttemptRow> its = attempts.getOrDefault(a.id(), List.of());
            Grade g = Grade.of(a, its);
            List<StudentReport.AttemptView> views = its.stream().map(t -> {
                AttemptResult r = drawn.of(t, answers);
                List<StudentReport.QuestionLine> lines = r.questions().stream().map(q -> new StudentReport.QuestionLine(
                        q.number(), items.of(classroom.deckSlug(), q.itemId(), published), items.response(q.response()),
                        q.markText(), Figures.csv(q.score()), r.submitted() ? q.answerId() : null,
                        Math.round(100 * q.score()), q.remarked(), q.autoText())).toList();
                return new StudentReport.AttemptView(r.number(), r.submitted(), Figures.percent(r.score()),
                        g.graded() != null && g.graded().id() == t.id(), lines);
            }).toList();
            sections.add(new StudentReport.Section(column(a), Figures.percent(g.value()), views));
        }
        return new StudentReport(classroom, student, sections);
    }

    private Map<Long, Map<Long, List<AttemptRow>>> attemptsByStudentAndAssignment(ClassroomRow classroom) {
        return queries.attemptsOfClass(classroom.id()).stream().collect(Collectors.groupingBy(
                AttemptRow::accountId, Collectors.groupingBy(AttemptRow::assignmentId, Collectors.toList())));
    }

    static ClassGradebook.Column column(AssignmentRow a) {
        return new ClassGradebook.Column(a.id(), a.title(), a.quiz(),
                a.quiz() ? "grade: " + a.gradingMethod().label() : "completion");
    }
}
