package app.flashpoint.assignment;

import app.flashpoint.system.Toasts;
import app.flashpoint.system.StoredJson;
import app.flashpoint.account.CurrentAccount;
import app.flashpoint.study.GoalPlans;
import app.flashpoint.account.Roles;
import app.flashpoint.classroom.ClassroomRow;
import app.flashpoint.classroom.Classrooms;
import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.generate.quiz.QuizBuilder;
import app.flashpoint.core.generate.quiz.QuizShortageException;
import app.flashpoint.quiz.Blueprint;
import app.flashpoint.quiz.QuizChoices;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.TokenForm;
import jakarta.validation.Validator;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.seeOther;

/**
 * The instructor's side: a class's assignments, the new-assignment forms (quiz, practice), and each
 * assignment's progress per student. Classes are read through Classrooms.managedBy (own class, or any for an
 * admin), so another instructor's class or assignment is a 404.
 */
@Secured({Roles.INSTRUCTOR, Roles.ADMIN})
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class AssignmentAdminPages {
    private final AssignmentAccess access;
    private final AssignmentRepository assignments;
    private final AttemptRepository attempts;
    private final Attempts attemptRules;
    private final PracticeProgress practice;
    private final Classrooms classrooms;
    private final LocalTimes times;
    private final CsrfGuard csrf;
    private final Clock clock;
    private final StoredJson json;
    private final Validator validator;
    private final PracticeReadiness readiness;

    AssignmentAdminPages(AssignmentAccess access, AssignmentRepository assignments, AttemptRepository attempts,
                         Attempts attemptRules, PracticeProgress practice, Classrooms classrooms, LocalTimes times,
                         CsrfGuard csrf, Clock clock, StoredJson json, Validator validator,
                         PracticeReadiness readiness) {
        this.readiness = readiness;
        this.validator = validator;
        this.json = json;
        this.access = access;
        this.assignments = assignments;
        this.attempts = attempts;
        this.attemptRules = attemptRules;
        this.practice = practice;
        this.classrooms = classrooms;
        this.times = times;
        this.csrf = csrf;
        this.clock = clock;
    }

    /** One assignment in the instructor's list. */
    record Line(long id, String title, String kind, String opens, String closes, String due, boolean open) {
    }

    @Introspected
    /** {@code deleted}: the title of an assignment just deleted, for the notice. */
    record ListPage(ClassroomRow classroom, List<Line> lines, @Nullable String deleted) {
    }

    @Get("/classes/{classId}/assignments")
    HttpResponse<?> list(long classId, @Nullable @QueryValue String deleted, Authentication authentication) {
        ClassroomRow classroom = access.managedClass(classId, CurrentAccount.of(authentication));
        long now = clock.millis();
        List<Line> lines = assignments.findByClassroomIdOrderByOpenAt(classId).stream()
                .map(a -> new Line(a.id(), a.title(), a.kind(), times.show(a.openAt()), times.show(a.closeAt()),
                        times.show(a.dueAt()), a.isOpenAt(now)))
                .toList();
        return page(HttpStatus.OK, "assignment/class-assignments", new ListPage(classroom, lines, deleted));
    }

    @Get("/classes/{classId}/assignments/new/{kind}")
    HttpResponse<?> newAssignment(long classId, String kind, Authentication authentication) {
        ClassroomRow classroom = access.managedClass(classId, CurrentAccount.of(authentication));
        checkKind(kind);
        return form(HttpStatus.OK, classroom, AssignmentForm.defaults(kind, clock.millis(), times), Map.of(), null);
    }

    @Post(value = "/classes/{classId}/assignments/{kind}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(long classId, String kind, @Nullable @Body AssignmentFields body,
                           Authentication authentication, HttpRequest<?> request) {
        // an empty body binds to no form: still a CSRF failure (403), not a 400
        csrf.check(request, body == null ? null : body.csrfToken());
        ClassroomRow classroom = access.managedClass(classId, CurrentAccount.of(authentication));
        checkKind(kind);
        AssignmentForm form = AssignmentForm.of(kind, body);
        Optional<HttpResponse<?>> refused = refusal(classroom, form, body, null);
        if (refused.isPresent()) {
            return refused.get();
        }
        AssignmentRow saved = assignments.save(form.row(classId, json.write(form.blueprint(access.deck(classroom))), times,
                clock.millis()));
        readiness.changed(classroom, List.of(saved));
        return Toasts.seeOther("/classes/" + classId + "/assignments", "Assignment created: “" + form.title() + "”.");
    }

    /** The form again with what is wrong (its fields, or too few items for a quiz), or empty when it may be saved. */
    private Optional<HttpResponse<?>> refusal(ClassroomRow classroom, AssignmentForm form, AssignmentFields fields,
                                              @Nullable Long editing) {
        Deck deck = access.deck(classroom);
        Map<String, String> errors = problems(form, fields, deck);
        if (!errors.isEmpty()) {
            return Optional.of(form(HttpStatus.UNPROCESSABLE_ENTITY, classroom, form, errors, null, editing));
        }
        if (form.quiz()) {
            try {
                // the seed does not change whether there are enough items, only which ones
                QuizBuilder.build(form.blueprint(deck).toQuiz(deck, 0, Map.of(), Instant.ofEpochMilli(clock.millis())));
            } catch (QuizShortageException e) {
                return Optional.of(form(HttpStatus.UNPROCESSABLE_ENTITY, classroom, form, Map.of(), "Not enough questions: "
                        + e.getMessage() + ". Choose more key points or kinds, or ask for fewer questions.", editing));
            }
        }
        return Optional.empty();
    }

    /** What is wrong with the form, by field: its own constraints first, then the checks against the deck. */
    private Map<String, String> problems(AssignmentForm form, AssignmentFields fields, Deck deck) {
        Map<String, String> errors = form.constraintProblems(validator, fields);
        form.problems(deck, times).forEach(errors::putIfAbsent);
        return errors;
    }

    /**
     * The edit form: all of it until a student starts the assignment; then only its times and limits (the
     * questions drawn and the marks given must stay what they were).
     */
    @Get("/assignments/{id}/edit")
    HttpResponse<?> edit(long id, Authentication authentication) {
        AssignmentAccess.InClass in = access.managed(id, CurrentAccount.of(authentication));
        AssignmentForm form = AssignmentForm.of(in.assignment(), attemptRules.blueprint(in.assignment()), times);
        return attempts.ofAssignment(id).isEmpty()
                ? form(HttpStatus.OK, in.classroom(), form, Map.of(), null, id)
                : limitsForm(HttpStatus.OK, in, form, Map.of());
    }

    @Post(value = "/assignments/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveEdit(long id, @Nullable @Body AssignmentFields body, Authentication authentication,
                             HttpRequest<?> request) {
        csrf.check(request, body == null ? null : body.csrfToken());
        AssignmentAccess.InClass in = access.managed(id, CurrentAccount.of(authentication));
        AssignmentRow row = in.assignment();
        boolean started = !attempts.ofAssignment(id).isEmpty();
        AssignmentFields fields = started
                ? AssignmentForm.of(row, attemptRules.blueprint(row), times).withLimitsOf(body) : body;
        AssignmentForm form = AssignmentForm.of(row.kind(), fields);
        if (started) {
            Map<String, String> errors = problems(form, fields, in.deck());
            if (!errors.isEmpty()) {
                return limitsForm(HttpStatus.UNPROCESSABLE_ENTITY, in, form, errors);
            }
        } else {
            Optional<HttpResponse<?>> refused = refusal(in.classroom(), form, fields, id);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        String blueprint = started ? row.blueprint() : json.write(form.blueprint(in.deck()));
        AssignmentRow updated = assignments.update(row.edited(form.row(row.classroomId(), blueprint, times, row.createdAt())));
        readiness.changed(in.classroom(), List.of(row, updated));
        return seeOther("/assignments/" + id + "/progress?saved=1");
    }

    /** The times-and-limits form of an assignment students have started. */
    @Introspected
    record LimitsPage(AssignmentAccess.InClass inClass, AssignmentForm form, Map<String, String> errors, String zone) {
    }

    private HttpResponse<?> limitsForm(HttpStatus status, AssignmentAccess.InClass in, AssignmentForm form,
                                       Map<String, String> errors) {
        return page(status, "assignment/edit-limits", new LimitsPage(in, form, errors, times.zoneId()));
    }

    /** A student's line on the progress page: attempts and grade for a quiz, completion for practice. */
    record StudentProgress(long accountId, String name, int attempts, int submitted, boolean inProgress,
                           @Nullable String grade, int percent, int keyPointsDone, @Nullable GoalPlans.Forecast ready) {
    }

    /** {@code due} and {@code opens} as shown (empty when unset); {@code target}: the "ready by" percent, or 0. */
    @Introspected
    record ProgressPage(AssignmentAccess.InClass inClass, List<StudentProgress> lines, int keyPointCount, String due,
                        String opens, boolean saved, int target) {
    }

    @Get("/assignments/{id}/progress")
    HttpResponse<?> progress(long id, @Nullable @QueryValue String saved, Authentication authentication) {
        AssignmentAccess.InClass in = access.managed(id, CurrentAccount.of(authentication));
        AssignmentRow a = in.assignment();
        var students = classrooms.students(in.classroom());
        List<AttemptRow> all = attempts.ofAssignment(id);
        Set<String> keyPoints = practice.keyPoints(a);
        // completion is read from review_log only for practice: a quiz's page shows attempts and grades
        PracticeProgress.ClassCompletion done = a.quiz() ? null : practice.ofClass(a, in.deck(), clock.millis());
        Map<Long, GoalPlans.Forecast> ready = readiness.forecasts(a, in.classroom(), CurrentAccount.of(authentication));
        List<StudentProgress> lines = students.stream().map(s -> {
            List<AttemptRow> mine = all.stream().filter(t -> t.accountId() == s.accountId()).toList();
            OptionalDouble grade = Grades.of(a, mine);
            PracticeProgress.Completion c = done == null ? null : done.of(s.accountId());
            return new StudentProgress(s.accountId(), s.name(), mine.size(),
                    (int) mine.stream().filter(AttemptRow::submitted).count(),
                    mine.stream().anyMatch(t -> !t.submitted()),
                    grade.isPresent() ? Views.percent(grade.getAsDouble()) : null,
                    c == null ? 0 : c.percent(), c == null ? 0 : c.doneKeyPoints().size(), ready.get(s.accountId()));
        }).sorted(Comparator.comparing(StudentProgress::name)).toList();
        return page(HttpStatus.OK, "assignment/progress", new ProgressPage(in, lines, keyPoints.size(),
                times.show(a.dueAt()), times.show(a.openAt()), saved != null,
                a.readyBy() ? (int) Math.round(a.targetRecall() * 100) : 0));
    }

    /** What deleting an assignment takes with it, said before it is done. */
    @Introspected
    record DeletePage(AssignmentAccess.InClass inClass, int attempts, int students) {
    }

    @Get("/assignments/{id}/delete")
    HttpResponse<?> confirmDelete(long id, Authentication authentication) {
        AssignmentAccess.InClass in = access.managed(id, CurrentAccount.of(authentication));
        List<AttemptRow> all = attempts.ofAssignment(id);
        return page(HttpStatus.OK, "assignment/delete", new DeletePage(in, all.size(),
                (int) all.stream().mapToLong(AttemptRow::accountId).distinct().count()));
    }

    /** Deletes the assignment; its attempts and their answers go with it (ON DELETE CASCADE). */
    @Post(value = "/assignments/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(long id, @Nullable @Body TokenForm form, Authentication authentication,
                           HttpRequest<?> request) {
        csrf.check(request, TokenForm.of(form));
        AssignmentAccess.InClass in = access.managed(id, CurrentAccount.of(authentication));
        assignments.deleteById(in.assignment().id());
        readiness.changed(in.classroom(), List.of(in.assignment()));
        return seeOther("/classes/" + in.classroom().id() + "/assignments?deleted="
                + java.net.URLEncoder.encode(in.assignment().title(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void checkKind(String kind) {
        if (AssignmentKind.of(kind).isEmpty()) {
            throw new NotFoundException("No kind of assignment '" + kind + "'");
        }
    }

    /** The form's model: the class's deck by family, its kinds and Bloom levels, the form as filled in. */
    /** {@code editing}: the assignment's id when the form edits one, else null (a new one). */
    record FormPage(ClassroomRow classroom, AssignmentForm form, List<QuizChoices.Family> families,
                    List<QuizChoices.Kind> kinds, List<String> bloomLevels, Map<String, String> errors,
                    @Nullable String shortage, String zone, @Nullable Long editing) {
        public String error(String field) {
            return errors.get(field);
        }
    }

    /** The new-assignment page; the template reads its model as {@code page}. */
    @Introspected
    record NewPage(FormPage page) {
    }

    private HttpResponse<?> form(HttpStatus status, ClassroomRow classroom, AssignmentForm form,
                                 Map<String, String> errors, @Nullable String shortage) {
        return form(status, classroom, form, errors, shortage, null);
    }

    private HttpResponse<?> form(HttpStatus status, ClassroomRow classroom, AssignmentForm form,
                                 Map<String, String> errors, @Nullable String shortage, @Nullable Long editing) {
        Deck deck = access.deck(classroom);
        List<String> levels = Arrays.stream(Bloom.values())
                .filter(b -> deck.items().stream().map(Item::bloom).anyMatch(b::equals)).map(Bloom::yamlName).toList();
        return page(status, "assignment/new", new NewPage(new FormPage(classroom, form, QuizChoices.families(deck),
                QuizChoices.kinds(deck), levels, errors, shortage, times.zoneId(), editing)));
    }
}
