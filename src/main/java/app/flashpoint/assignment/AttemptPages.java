package app.flashpoint.assignment;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.generate.cards.Grade;
import app.flashpoint.core.generate.cards.Response;
import app.flashpoint.core.generate.quiz.Quiz;
import app.flashpoint.core.generate.quiz.QuizQuestion;
import app.flashpoint.quiz.Feedback;
import app.flashpoint.quiz.QuestionView;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.FormValues;
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
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.seeOther;

/**
 * Taking an attempt: every question on one page, each answer saved as the student goes (the page script
 * posts one question to /answers/{n}; without script, Save and Submit post the whole form), then the result.
 * Every route reads the attempt by id and student, and the assignment through its class membership, so
 * anyone else's attempt is a 404; every route first submits an attempt whose deadline has passed.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/attempts/{id}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class AttemptPages {
    private final AssignmentAccess access;
    private final Attempts attempts;
    private final LocalTimes times;
    private final CsrfGuard csrf;

    AttemptPages(AssignmentAccess access, Attempts attempts, LocalTimes times, CsrfGuard csrf) {
        this.access = access;
        this.attempts = attempts;
        this.times = times;
        this.csrf = csrf;
    }

    /** An attempt with its assignment, class and deck, made current (submitted if its time ran out). */
    private record Taking(AttemptRow attempt, AssignmentAccess.InClass in, Quiz quiz) {
        AssignmentRow assignment() {
            return in.assignment();
        }

        QuizQuestion question(int number) {
            return quiz.questions().stream().filter(q -> q.number() == number).findFirst()
                    .orElseThrow(() -> new NotFoundException("No question " + number + " in this attempt"));
        }

        /** Submitted by the server when its time ran out (not by the student). */
        boolean timedOut() {
            return attempt.submitted() && attempt.submittedAt().equals(attempt.deadlineAt());
        }
    }

    private Taking taking(long id, Authentication authentication) {
        long me = CurrentAccount.of(authentication).id();
        AttemptRow attempt = access.ownAttempt(id, me);
        AssignmentAccess.InClass in = access.joined(attempt.assignmentId(), me);
        AttemptRow current = attempts.current(attempt, in.assignment(), in.deck());
        return new Taking(current, in, attempts.quiz(current, in.deck()));
    }

    @Get
    HttpResponse<?> show(long id, @Nullable @QueryValue String saved, Authentication authentication) {
        Taking t = taking(id, authentication);
        if (t.attempt().submitted()) {
            return result(HttpStatus.OK, t, t.timedOut() ? timeUp(t) : null);
        }
        return takingPage(HttpStatus.OK, t, saved != null ? "Your answers are saved." : null);
    }

    /** The page script's autosave of one question (JSON). */
    @Post(value = "/answers/{number}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<AutosaveReply> autosave(long id, int number, @Nullable @Body Map<String, Object> form,
                                         Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, FormValues.one(form, "csrfToken"));
        Taking t = taking(id, authentication);
        QuizQuestion q = t.question(number);
        if (t.attempt().submitted()) {
            return json(HttpStatus.CONFLICT, new AutosaveReply(number, "submitted",
                    t.timedOut() ? timeUp(t) : "This attempt is already submitted.", null));
        }
        Response response = QuestionView.of(q).read(AttemptQuestion.fieldsOf(number, form));
        Attempts.Saved saved = attempts.save(t.attempt(), t.assignment(), q, response);
        if (saved == Attempts.Saved.SUBMITTED) {
            return json(HttpStatus.CONFLICT,
                    new AutosaveReply(number, "submitted", "This attempt is already submitted.", null));
        }
        Feedback feedback = null;
        if (t.assignment().immediateFeedback()) {
            Response stored = attempts.responses(t.attempt()).get(number);
            feedback = stored == null ? null : feedback(t.in().deck(), q, stored, t.assignment().marking().grade(q.card(), stored));
        }
        String message = switch (saved) {
            case SAVED -> "Saved at " + times.show(attempts.now()).replaceAll(" \\(.*", "") + ".";
            case CLEARED -> "Not answered yet.";
            default -> "Already answered: your first answer counts.";
        };
        return json(HttpStatus.OK, new AutosaveReply(number, saved.name().toLowerCase(), message,
                feedback == null ? null : AutosaveReply.Shown.of(feedback)));
    }

    /** JSON whatever the request accepts: only the page script calls this route. */
    private static HttpResponse<AutosaveReply> json(HttpStatus status, AutosaveReply reply) {
        return HttpResponse.<AutosaveReply>status(status).body(reply).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The form fallback: saves every question in the form (or, with immediate feedback, the one checked). */
    @Post(value = "/save", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(long id, @Nullable @Body Map<String, Object> form, Authentication authentication,
                         HttpRequest<?> request) {
        csrf.check(request, FormValues.one(form, "csrfToken"));
        Taking t = taking(id, authentication);
        if (t.attempt().submitted()) {
            return result(HttpStatus.CONFLICT, t, t.timedOut() ? timeUp(t) : "This attempt is already submitted.");
        }
        String check = FormValues.one(form, "check");
        saveAll(t, form, check);
        return seeOther("/attempts/" + id + "?saved=1" + (check.isEmpty() ? "" : "#q-" + check));
    }

    @Post(value = "/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(long id, @Nullable @Body Map<String, Object> form, Authentication authentication,
                           HttpRequest<?> request) {
        csrf.check(request, FormValues.one(form, "csrfToken"));
        Taking t = taking(id, authentication);
        if (t.attempt().submitted()) {
            return result(HttpStatus.CONFLICT, t, t.timedOut() ? timeUp(t) : "This attempt is already submitted.");
        }
        saveAll(t, form, "");
        if (!attempts.submit(t.attempt(), t.assignment(), t.in().deck(), attempts.now())) {
            return result(HttpStatus.CONFLICT, taking(id, authentication), "This attempt is already submitted.");
        }
        return seeOther("/attempts/" + id);
    }

    private void saveAll(Taking t, @Nullable Map<String, Object> form, String only) {
        for (QuizQuestion q : t.quiz().questions()) {
            if (!only.isEmpty() && !only.equals(String.valueOf(q.number()))) {
                continue;
            }
            if (!AttemptQuestion.present(q.number(), form)) {
                continue;  // locked (disabled) controls are not posted
            }
            Response response = QuestionView.of(q).read(AttemptQuestion.fieldsOf(q.number(), form));
            if (response != null || !t.assignment().immediateFeedback()) {
                attempts.save(t.attempt(), t.assignment(), q, response);
            }
        }
    }

    private String timeUp(Taking t) {
        return "The time for this attempt ran out at " + times.show(t.attempt().deadlineAt())
                + ": the answers saved until then were submitted.";
    }

    /** An attempt being taken; {@code secondsLeft} -1 without a time limit, {@code deadline} empty then. */
    @Introspected
    record AttemptPage(AttemptRow t, AssignmentRow a, String className, String deckSlug, List<AttemptQuestion> questions,
                       int answered,
                       long secondsLeft, String deadline, @Nullable String notice, boolean immediate) {
    }

    /** A submitted attempt; {@code answers} empty until the feedback timing lets the student review it. */
    @Introspected
    record ResultPage(AttemptRow t, AssignmentRow a, String className, String deckSlug, boolean review, String score,
                      List<Feedback> answers, @Nullable String notice, String submittedAt, String closes) {
    }

    private HttpResponse<?> takingPage(HttpStatus status, Taking t, @Nullable String notice) {
        Map<Integer, Response> responses = attempts.responses(t.attempt());
        boolean immediate = t.assignment().immediateFeedback();
        List<AttemptQuestion> questions = t.quiz().questions().stream().map(q -> {
            Response saved = responses.get(q.number());
            Feedback feedback = immediate && saved != null
                    ? feedback(t.in().deck(), q, saved, t.assignment().marking().grade(q.card(), saved)) : null;
            return new AttemptQuestion(QuestionView.of(q), saved, feedback, feedback != null);
        }).toList();
        Long deadline = t.attempt().deadlineAt();
        long secondsLeft = deadline == null ? -1 : Math.max(0, (deadline - attempts.now()) / 1000);
        return page(status, "assignment/attempt", new AttemptPage(t.attempt(), t.assignment(),
                t.in().classroom().name(), t.in().classroom().deckSlug(), questions, responses.size(), secondsLeft, times.show(deadline), notice,
                immediate));
    }

    private HttpResponse<?> result(HttpStatus status, Taking t, @Nullable String notice) {
        AssignmentRow a = t.assignment();
        boolean review = a.reviewOpenAt(attempts.now());
        List<Feedback> answers = List.of();
        if (review) {
            Map<Integer, Response> responses = attempts.responses(t.attempt());
            Map<Integer, Grade> grades = attempts.grades(t.attempt(), a, t.quiz());
            answers = t.quiz().questions().stream().map(q -> feedback(t.in().deck(), q, responses.get(q.number()),
                    grades.get(q.number()))).toList();
        }
        double score = t.attempt().score() == null ? 0 : t.attempt().score();
        return page(status, "assignment/result", new ResultPage(t.attempt(), a, t.in().classroom().name(),
                t.in().classroom().deckSlug(), review,
                Views.percent(score), answers, notice, times.show(t.attempt().submittedAt()), times.show(a.closeAt())));
    }

    /** A question left unanswered has neither response nor grade. */
    private static Feedback feedback(Deck deck, QuizQuestion q, @Nullable Response response, @Nullable Grade grade) {
        return Feedback.of(q, keyPoint(deck, q), response, grade);
    }

    private static String keyPoint(Deck deck, QuizQuestion q) {
        Map<String, String> titles = deck.keyPoints().stream().collect(Collectors.toMap(KeyPoint::id, KeyPoint::title));
        return titles.getOrDefault(q.item().keyPoint(), q.item().keyPoint());
    }
}
