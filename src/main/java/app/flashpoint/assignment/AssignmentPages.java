package app.flashpoint.assignment;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.classroom.ClassroomRow;
import app.flashpoint.classroom.Classrooms;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.system.CsrfGuard;
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
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.seeOther;

/**
 * The student's side: the dashboard of their classes and open assignments, an assignment's page (rules,
 * attempts, Start/Continue; for practice, what is done), and starting an attempt. Assignments are read
 * through AssignmentAccess.joined, so an assignment of a class the student is not in is a 404.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class AssignmentPages {
    private final AssignmentAccess access;
    private final AttemptRepository attempts;
    private final Attempts attemptRules;
    private final PracticeProgress practice;
    private final Classrooms classrooms;
    private final DeckCatalog catalog;
    private final LocalTimes times;
    private final CsrfGuard csrf;
    private final OpenAssignments openAssignments;

    AssignmentPages(AssignmentAccess access, AttemptRepository attempts,
                    Attempts attemptRules, PracticeProgress practice, Classrooms classrooms, DeckCatalog catalog,
                    LocalTimes times, CsrfGuard csrf, OpenAssignments openAssignments) {
        this.access = access;
        this.attempts = attempts;
        this.attemptRules = attemptRules;
        this.practice = practice;
        this.classrooms = classrooms;
        this.catalog = catalog;
        this.times = times;
        this.csrf = csrf;
        this.openAssignments = openAssignments;
    }

    /** A class on the dashboard. */
    record ClassLine(long id, String name, String deckTitle) {
    }

    @Introspected
    record DashboardPage(List<ClassLine> classes, List<OpenAssignments.DueLine> open) {
    }

    @Get("/assignments")
    HttpResponse<?> dashboard(Authentication authentication) {
        long me = CurrentAccount.of(authentication).id();
        List<ClassroomRow> joined = classrooms.joined(me);
        List<ClassLine> classes = joined.stream().map(c -> new ClassLine(c.id(), c.name(),
                catalog.title(c.deckSlug()).orElse(c.deckSlug()))).toList();
        return page(HttpStatus.OK, "assignment/dashboard", new DashboardPage(classes,
                openAssignments.of(me, joined, Integer.MAX_VALUE).lines()));
    }

    /** One past or running attempt as its student sees it; the score only when the feedback timing allows. */
    record AttemptLine(long id, int number, String started, boolean submitted, String submittedAt,
                       @Nullable String score) {
    }

    /** A key point of a practice assignment and whether it is done. */
    record KeyPointLine(String title, boolean done) {
    }

    /**
     * An assignment as its student sees it: times as shown (empty when unset), {@code minutes} null without
     * a time limit, {@code grade} null until results may be seen, {@code refusal} why Start was refused.
     */
    @Introspected
    record AssignmentPage(AssignmentAccess.InClass inClass, AssignmentRow a, List<AttemptLine> attempts, String opens,
                          String closes, String due, boolean overdue, boolean notYetOpen, boolean isOpen,
                          @Nullable Integer minutes, int used, String allowed, String grading, @Nullable String grade,
                          boolean inProgress, boolean canStart, @Nullable String refusal,
                          List<KeyPointLine> keyPoints, int percent) {
    }

    /** The Start form: only its CSRF token. */
    @Serdeable
    record TokenForm(@Nullable String csrfToken) {
    }

    @Get("/assignments/{id}")
    HttpResponse<?> show(long id, Authentication authentication) {
        return assignmentPage(HttpStatus.OK, id, CurrentAccount.of(authentication).id(), null);
    }

    @Post(value = "/assignments/{id}/start", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(long id, @Nullable @Body TokenForm form, Authentication authentication,
                          HttpRequest<?> request) {
        csrf.check(request, form == null ? null : form.csrfToken());
        long me = CurrentAccount.of(authentication).id();
        AssignmentAccess.InClass in = access.joined(id, me);
        if (!in.assignment().quiz()) {
            return assignmentPage(HttpStatus.CONFLICT, id, me, "A practice assignment has no attempts: study its key points.");
        }
        try {
            AttemptRow attempt = attemptRules.start(in.assignment(), me, in.deck());
            return seeOther("/attempts/" + attempt.id());
        } catch (Attempts.Refused e) {
            return assignmentPage(HttpStatus.CONFLICT, id, me, e.getMessage());
        }
    }

    private HttpResponse<?> assignmentPage(HttpStatus status, long id, long me, @Nullable String refusal) {
        AssignmentAccess.InClass in = access.joined(id, me);
        AssignmentRow a = in.assignment();
        long now = attemptRules.now();
        List<AttemptRow> mine = attempts.findByAssignmentIdAndAccountIdOrderByNumber(id, me).stream()
                .map(t -> attemptRules.current(t, a, in.deck())).toList();
        boolean review = a.reviewOpenAt(now);
        List<AttemptLine> lines = mine.stream().map(t -> new AttemptLine(t.id(), t.number(), times.show(t.startedAt()),
                t.submitted(), times.show(t.submittedAt()),
                t.submitted() && review ? Views.percent(t.score() == null ? 0 : t.score()) : null)).toList();
        OptionalDouble grade = Grades.of(a, mine);
        boolean inProgress = mine.stream().anyMatch(t -> !t.submitted());
        Integer allowed = a.attemptsAllowed();
        boolean canStart = a.quiz() && a.isOpenAt(now) && (inProgress || allowed == null || mine.size() < allowed);
        List<KeyPointLine> keyPoints = List.of();
        int percent = 0;
        if (!a.quiz()) {
            Set<String> ids = practice.keyPoints(a);
            PracticeProgress.Completion c = practice.ofClass(a, in.deck(), now).of(me);
            percent = c.percent();
            keyPoints = in.deck().keyPoints().stream().filter(k -> ids.contains(k.id()))
                    .map(k -> new KeyPointLine(k.title(), c.doneKeyPoints().contains(k.id()))).toList();
        }
        return page(status, "assignment/assignment", new AssignmentPage(in, a, lines,
                times.show(a.openAt()), times.show(a.closeAt()), times.show(a.dueAt()),
                a.overdueAt(now), now < a.openAt(), a.isOpenAt(now),
                a.timeLimitSeconds() == null ? null : a.timeLimitSeconds() / 60,
                mine.size(), allowed == null ? "unlimited" : String.valueOf(allowed),
                a.gradingMethod().describe(),
                grade.isPresent() && review ? Views.percent(grade.getAsDouble()) : null,
                inProgress, canStart, refusal, keyPoints, percent));
    }
}
