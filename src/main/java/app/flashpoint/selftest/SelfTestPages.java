package app.flashpoint.selftest;

import app.flashpoint.quiz.AnswerSlot;
import app.flashpoint.quiz.Feedback;
import app.flashpoint.system.FormProblems;
import jakarta.validation.Validator;
import app.flashpoint.quiz.QuestionView;

import app.flashpoint.system.FormValues;
import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.generate.cards.Response;
import app.flashpoint.core.generate.quiz.Quiz;
import app.flashpoint.core.generate.quiz.QuizQuestion;
import app.flashpoint.core.generate.quiz.QuizShortageException;
import app.flashpoint.deck.DeckAccess;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.NotFoundException;
import app.flashpoint.quiz.Blueprint;
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
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.seeOther;

/**
 * Self-tests: the new-test form, one question per page (each answer POSTed and saved at once, then a
 * redirect), the results, a retake, and the learner's list. Every route with an id reads the test by id and
 * owner, so another learner's test answers 404 exactly like a test that does not exist.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class SelfTestPages {
    private final SelfTests selfTests;
    private final SelfTestRepository tests;
    private final DeckCatalog catalog;
    private final DeckAccess access;
    private final CsrfGuard csrf;
    private final SelfTestHistory history;
    private final Validator validator;

    SelfTestPages(SelfTests selfTests, SelfTestRepository tests, DeckCatalog catalog, DeckAccess access,
                  CsrfGuard csrf, SelfTestHistory history, Validator validator) {
        this.validator = validator;
        this.access = access;
        this.history = history;
        this.selfTests = selfTests;
        this.tests = tests;
        this.catalog = catalog;
        this.csrf = csrf;
    }

    /** A form whose only field is the CSRF token (finish, retake). */
    @Serdeable
    record TokenForm(@Nullable String csrfToken) {
    }

    /** The new-test form; its model is its own record, the template reads it as {@code page}. */
    @Introspected
    record FormPage(NewTestPage page) {
    }

    @Introspected
    record ListPage(List<HistoryEntry> entries) {
    }

    @Introspected
    record ResultsPage(ResultPage result, boolean late, Blueprint blueprint) {
    }

    /**
     * One question of a test; {@code feedback} once it may be shown, {@code next} 0 when all are answered;
     * {@code slot} where its controls are drawn (views/quiz/input).
     */
    @Introspected
    record QuestionPage(SelfTestRow test, String deckTitle, QuestionView q, int total, int answeredCount,
                        boolean answered, @Nullable Feedback feedback, long secondsLeft, int next,
                        @Nullable String error, List<Integer> numbers, Set<Integer> answeredNumbers,
                        AnswerSlot slot) {
    }

    @Get("/decks/{slug}/self-test/new")
    HttpResponse<?> newTest(String slug, Authentication authentication) {
        Deck deck = deck(slug, authentication);
        return page(HttpStatus.OK, "selftest/new", new FormPage(NewTestPage.of(deck, SelfTestSettings.defaults(), Map.of(), null)));
    }

    @Post(value = "/decks/{slug}/self-test", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(String slug, @Nullable @Body SelfTestForm form, Authentication authentication,
                           HttpRequest<?> request) {
        // an empty body binds to no form: still a CSRF failure (403), not a 400
        csrf.check(request, form == null ? null : form.csrfToken());
        Deck deck = deck(slug, authentication);
        var settings = SelfTestSettings.of(form);
        Map<String, String> errors = FormProblems.byField(validator.validate(form));
        settings.problems(deck).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, "selftest/new", new FormPage(NewTestPage.of(deck, settings, errors, null)));
        }
        try {
            SelfTestRow test = selfTests.create(account(authentication), deck, settings.blueprint(),
                    settings.timeLimitSeconds(), settings.feedback());
            return seeOther("/self-tests/" + test.id());
        } catch (QuizShortageException e) {
            // too few items for the choice: say so in the form, which keeps what was chosen
            return page(HttpStatus.UNPROCESSABLE_ENTITY, "selftest/new", new FormPage(
                    NewTestPage.of(deck, settings, Map.of(), "Not enough questions: " + e.getMessage()
                            + ". Choose more key points or kinds, or ask for fewer questions.")));
        }
    }

    @Get("/self-tests")
    HttpResponse<?> list(Authentication authentication) {
        return page(HttpStatus.OK, "selftest/list", new ListPage(history.of(account(authentication))));
    }

    /** Where to go on: the results when the test is over, else the first question not yet answered. */
    @Get("/self-tests/{id}")
    HttpResponse<?> resume(long id, Authentication authentication) {
        Taking t = taking(id, authentication);
        if (t.test().finished()) {
            return seeOther(results(id));
        }
        return seeOther(question(id, t.firstUnanswered(0)));
    }

    @Get("/self-tests/{id}/questions/{number}")
    HttpResponse<?> question(long id, int number, Authentication authentication) {
        Taking t = taking(id, authentication);
        if (t.test().finished() && !t.answers().containsKey(number)) {
            return seeOther(results(id));
        }
        return questionPage(HttpStatus.OK, t, t.question(number), null);
    }

    @Post(value = "/self-tests/{id}/questions/{number}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(long id, int number, @Nullable @Body Map<String, Object> form, Authentication authentication,
                           HttpRequest<?> request) {
        csrf.check(request, FormValues.one(form, "csrfToken"));
        SelfTestRow row = owned(id, authentication);
        Deck deck = deck(row.deckSlug(), authentication);
        if (!row.finished() && row.expiredAt(selfTests.now())) {
            selfTests.current(row, deck);
            return seeOther(results(id) + "?late=1");
        }
        Taking t = taking(row, deck);
        QuizQuestion question = t.question(number);
        Response response = QuestionView.of(question).read(form == null ? Map.of() : form);
        if (response == null && !t.test().finished()) {
            return questionPage(HttpStatus.UNPROCESSABLE_ENTITY, t, question,
                    "Give an answer first, or skip this question for now.");
        }
        if (response != null && selfTests.answer(id, row.accountId(), deck, number, response)
                == SelfTests.Outcome.TOO_LATE) {
            return seeOther(results(id) + "?late=1");
        }
        Taking after = taking(row, deck);
        if (after.test().immediateFeedback() && after.answers().containsKey(number)) {
            return seeOther(question(id, number));
        }
        return after.test().finished() ? seeOther(results(id)) : seeOther(question(id, after.firstUnanswered(number)));
    }

    @Post(value = "/self-tests/{id}/finish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> finish(long id, @Nullable @Body TokenForm form, Authentication authentication,
                           HttpRequest<?> request) {
        csrf.check(request, form == null ? null : form.csrfToken());
        Taking t = taking(id, authentication);
        Long deadline = t.test().deadline();
        long now = selfTests.now();
        selfTests.finish(t.test(), t.deck(), deadline == null ? now : Math.min(now, deadline));
        return seeOther(results(id));
    }

    @Get("/self-tests/{id}/results")
    HttpResponse<?> results(long id, @Nullable @QueryValue String late, Authentication authentication) {
        Taking t = taking(id, authentication);
        if (!t.test().finished()) {
            return seeOther(question(id, t.firstUnanswered(0)));
        }
        var result = ResultPage.of(t.test(), t.deck(), t.quiz(), selfTests.responses(t.test()));
        return page(HttpStatus.OK, "selftest/results", new ResultsPage(result, late != null, selfTests.blueprint(t.test())));
    }

    /** The same choices again with a new seed; items of this and other recent tests are drawn last. */
    @Post(value = "/self-tests/{id}/retake", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retake(long id, @Nullable @Body TokenForm form, Authentication authentication,
                           HttpRequest<?> request) {
        csrf.check(request, form == null ? null : form.csrfToken());
        Taking t = taking(id, authentication);
        try {
            SelfTestRow next = selfTests.create(t.test().accountId(), t.deck(), selfTests.blueprint(t.test()),
                    t.test().timeLimitSeconds(), t.test().feedback());
            return seeOther("/self-tests/" + next.id());
        } catch (QuizShortageException e) {
            return seeOther("/decks/" + t.deck().slug() + "/self-test/new");
        }
    }

    /** A test of the signed-in learner with its deck, draw and answers; 404 for anyone else's. */
    private Taking taking(long id, Authentication authentication) {
        SelfTestRow row = owned(id, authentication);
        return taking(row, deck(row.deckSlug(), authentication));
    }

    private Taking taking(SelfTestRow row, Deck deck) {
        SelfTestRow test = selfTests.current(tests.findById(row.id()).orElseThrow(), deck);
        return new Taking(test, deck, selfTests.quiz(test, deck), selfTests.answers(test));
    }

    private SelfTestRow owned(long id, Authentication authentication) {
        return tests.findByIdAndAccountId(id, account(authentication))
                .orElseThrow(() -> new NotFoundException("No self-test " + id));
    }

    record Taking(SelfTestRow test, Deck deck, Quiz quiz, Map<Integer, SelfTestAnswerRow> answers) {
        QuizQuestion question(int number) {
            return quiz.questions().stream().filter(q -> q.number() == number).findFirst()
                    .orElseThrow(() -> new NotFoundException("No question " + number + " in this self-test"));
        }

        /** The first unanswered question after {@code after}, wrapping round; 0 when all are answered. */
        int firstUnanswered(int after) {
            var numbers = quiz.questions().stream().map(QuizQuestion::number).toList();
            Optional<Integer> next = numbers.stream().filter(n -> n > after && !answers.containsKey(n)).findFirst();
            return next.or(() -> numbers.stream().filter(n -> !answers.containsKey(n)).findFirst()).orElse(0);
        }
    }

    private HttpResponse<?> questionPage(HttpStatus status, Taking t, QuizQuestion question, @Nullable String error) {
        SelfTestRow test = t.test();
        SelfTestAnswerRow answer = t.answers().get(question.number());
        Feedback feedback = null;
        if (answer != null && (test.immediateFeedback() || test.finished())) {
            Response response = selfTests.responses(test).get(question.number());
            feedback = Feedback.of(question, keyPointTitle(t.deck(), question), response,
                    app.flashpoint.core.generate.cards.Grader.grade(question.card(), response));
        }
        Long deadline = test.deadline();
        // a finished test has no clock left to show
        long secondsLeft = deadline == null || test.finished() ? -1 : Math.max(0, (deadline - selfTests.now()) / 1000);
        int next = t.firstUnanswered(question.number());
        return page(status, "selftest/question", new QuestionPage(test, t.deck().title(), QuestionView.of(question),
                t.quiz().questions().size(), t.answers().size(), answer != null, feedback, secondsLeft, next, error,
                t.quiz().questions().stream().map(QuizQuestion::number).toList(), t.answers().keySet(), AnswerSlot.single(question.number())));
    }

    private static String keyPointTitle(Deck deck, QuizQuestion q) {
        return deck.keyPoints().stream().filter(k -> k.id().equals(q.item().keyPoint())).map(k -> k.title())
                .findFirst().orElse(q.item().keyPoint());
    }

    private Deck deck(String slug, Authentication authentication) {
        access.require(slug, CurrentAccount.of(authentication));
        return catalog.bankDeck(slug).orElseThrow(() -> NotFoundException.of("deck", slug));
    }

    private static long account(Authentication authentication) {
        return CurrentAccount.of(authentication).id();
    }

    private static String question(long id, int number) {
        return "/self-tests/" + id + "/questions/" + number;
    }

    private static String results(long id) {
        return "/self-tests/" + id + "/results";
    }
}
