package app.flashpoint.assignment;

import app.flashpoint.account.Roles;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.CardFace;
import app.flashpoint.core.generate.cards.Cards;
import app.flashpoint.core.generate.cards.Option;
import app.flashpoint.core.generate.quiz.QuizQuestion;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.support.MutableClock;
import app.flashpoint.support.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * Classes and assignments through the embedded server, each person with their own cookies, on a clock moved
 * by hand (times are typed and shown in UTC here).
 */
@MicronautTest(transactional = false)
@Property(name = "flashpoint.time-zone", value = "UTC")
class AssignmentFlowTest {
    private static final String SLUG = "luo-interview";
    private static final String PASSWORD = "correct horse battery";
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2031-03-01T09:00:00Z"));
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    @Inject
    EmbeddedServer server;
    @Inject
    io.micronaut.json.JsonMapper json;
    @Inject
    Roles roles;
    @Inject
    AssignmentRepository assignments;
    @Inject
    AttemptRepository attempts;
    @Inject
    AttemptAnswerRepository answers;
    @Inject
    Attempts attemptRules;
    @Inject
    DeckCatalog catalog;
    @Inject
    DataSource dataSource;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    /** Every test starts at 09:00 on a day of its own. */
    @BeforeEach
    void nextDay() {
        Instant day = CLOCK.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.DAYS);
        CLOCK.set(day.plus(Duration.ofHours(9)));
    }

    // ---- the quiz from creation to grade ----

    @Test
    void aQuizIsCreatedTakenWithAutosaveSubmittedOnceAndGraded() throws SQLException {
        Class c = classWithStudent();
        long id = createQuiz(c, Map.of("title", "Week 1 quiz", "attempts", "2", "grading", "highest"));
        AssignmentRow row = assignments.findById(id).orElseThrow();
        assertThat(row.closeAt() - row.openAt()).isEqualTo(Duration.ofHours(3).toMillis());
        assertThat(row.attemptsAllowed()).isEqualTo(2);
        assertThat(row.shuffleQuestions()).isTrue();

        // the student's dashboard and the assignment's page
        HttpResponse<String> dashboard = c.student.web.get("/assignments");
        assertThat(dashboard.body()).contains("data-assignment=\"" + id + "\"").contains("Week 1 quiz")
                .contains(c.name).contains("not started");
        HttpResponse<String> page = c.student.web.get("/assignments/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("0 used of 2").contains("your highest score counts").contains("id=\"start\"");

        long attemptId = start(c.student, id);
        List<QuizQuestion> qs = questions(attemptId);
        assertThat(qs).hasSize(3);
        QuizQuestion q1 = qs.get(0);
        QuizQuestion q2 = qs.get(1);

        // autosave q1 wrong, then right: the later answer replaces the earlier one; nothing is shown yet
        HttpResponse<String> saved = autosave(c.student, attemptId, q1, false);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"state\":\"saved\"").doesNotContain("\"feedback\"");
        assertThat(autosave(c.student, attemptId, q1, true).statusCode()).isEqualTo(200);
        AttemptAnswerRow a1 = answers.findByAttemptIdOrderByNumber(attemptId).get(0);
        assertThat(a1.mark()).isEqualTo("CORRECT");
        assertThat(a1.score()).isEqualTo(1.0);
        assertThat(a1.itemId()).isEqualTo(q1.item().id());
        if (q1.card().face() instanceof CardFace.MultipleChoice mc) {
            assertThat(a1.chosenOption()).isEqualTo(mc.options().stream().filter(Option::correct).findFirst().orElseThrow().text());
        } else {
            assertThat(a1.chosenOption()).isNull();
        }

        // the tab is closed and opened again: the saved answer is there, and nothing says right or wrong
        HttpResponse<String> reopened = c.student.web.get("/attempts/" + attemptId);
        assertThat(reopened.statusCode()).isEqualTo(200);
        answer(q1, true).forEach((field, value) ->
                assertThat(shownValue(reopened.body(), q1, field)).as(field).isEqualTo(value));
        assertThat(reopened.body()).doesNotContain("class=\"verdict");
        // Continue on the assignment page goes back to the same attempt
        assertThat(c.student.web.get("/assignments/" + id).body()).contains("Continue your attempt");
        assertThat(start(c.student, id)).isEqualTo(attemptId);

        // the form fallback saves q2 (wrong) and submits; q3 is left unanswered
        c.student.web.get("/attempts/" + attemptId);
        HttpResponse<String> submitted = c.student.web.post("/attempts/" + attemptId + "/submit", prefixed(q2, false));
        assertThat(submitted.statusCode()).isEqualTo(303);
        AttemptRow done = attempts.findById(attemptId).orElseThrow();
        assertThat(done.submittedAt()).isEqualTo(CLOCK.millis());
        assertThat(done.score()).isCloseTo(1.0 / 3, offset(1e-9));
        HttpResponse<String> result = c.student.web.get("/attempts/" + attemptId);
        assertThat(result.body()).contains("id=\"score\">33%<").contains(q1.item().explanation())
                .contains("Not answered");

        // a second submit says so and changes nothing; so does a late autosave
        CLOCK.advance(Duration.ofMinutes(1));
        HttpResponse<String> again = c.student.web.post("/attempts/" + attemptId + "/submit", prefixed(q2, true));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already submitted");
        assertThat(autosave(c.student, attemptId, q2, true).statusCode()).isEqualTo(409);
        assertThat(attempts.findById(attemptId).orElseThrow()).isEqualTo(done);
        assertThat(answers.findByAttemptIdOrderByNumber(attemptId)).hasSize(2)
                .filteredOn(a -> a.number() == q2.number()).extracting(AttemptAnswerRow::mark).containsExactly("WRONG");

        // attempt 2, all right: highest counts; then no third attempt
        long second = start(c.student, id);
        assertThat(second).isNotEqualTo(attemptId);
        c.student.web.get("/attempts/" + second);
        var all = new HashMap<String, String>();
        questions(second).forEach(q -> all.putAll(prefixed(q, true)));
        assertThat(c.student.web.post("/attempts/" + second + "/submit", all).statusCode()).isEqualTo(303);
        assertThat(attempts.findById(second).orElseThrow().score()).isEqualTo(1.0);
        assertThat(c.student.web.get("/assignments/" + id).body()).contains("data-testid=\"grade\">100%<")
                .contains("2 used of 2").doesNotContain("id=\"start\"");
        HttpResponse<String> third = c.student.web.post("/assignments/" + id + "/start", Map.of());
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(third.body()).contains("You have used all 2 attempts");
        assertThat(attempts.findByAssignmentIdAndAccountIdOrderByNumber(id, c.student.id)).hasSize(2);

        // the instructor's progress page shows the grade
        assertThat(c.teacher.web.get("/assignments/" + id + "/progress").body())
                .contains("data-student=\"" + c.student.id + "\"").contains("100%");
        assertThat(c.teacher.web.get("/classes/" + c.id + "/assignments").body()).contains("Week 1 quiz");
    }

    /** Until a student starts it an assignment is edited whole; then only its times and limits can change. */
    @Test
    void anAssignmentIsEditedWholeUntilStartedThenOnlyItsTimesAndLimits() {
        Class c = classWithStudent();
        long id = createQuiz(c, Map.of("title", "Draft quiz", "attempts", "1"));
        String blueprintBefore = assignments.findById(id).orElseThrow().blueprint();
        HttpResponse<String> edit = c.teacher.web.get("/assignments/" + id + "/edit");
        assertThat(edit.statusCode()).isEqualTo(200);
        assertThat(edit.body()).contains("value=\"Draft quiz\"").contains("action=\"/assignments/" + id + "/edit\"")
                .contains("Save the changes").contains("name=\"questions\"");

        HttpResponse<String> bad = c.teacher.web.post("/assignments/" + id + "/edit", quizFields(Map.of("title", " ")));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains(AssignmentFields.TITLE).contains("action=\"/assignments/" + id + "/edit\"");
        HttpResponse<String> saved = c.teacher.web.post("/assignments/" + id + "/edit",
                quizFields(Map.of("title", "Week 2 quiz", "questions", "4", "attempts", "2")));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(location(saved)).isEqualTo("/assignments/" + id + "/progress?saved=1");
        AssignmentRow edited = assignments.findById(id).orElseThrow();
        assertThat(edited.title()).isEqualTo("Week 2 quiz");
        assertThat(edited.attemptsAllowed()).isEqualTo(2);
        assertThat(attemptRules.blueprint(edited).questions()).isEqualTo(4);
        assertThat(edited.blueprint()).isNotEqualTo(blueprintBefore);
        assertThat(c.teacher.web.get(location(saved)).body()).contains("Your changes are saved.");
        assertThat(assignments.findByClassroomIdOrderByOpenAt(c.id)).hasSize(1);

        // a student starts it: the questions and marking are fixed, the times and limits still move
        start(c.student, id);
        HttpResponse<String> limited = c.teacher.web.get("/assignments/" + id + "/edit");
        assertThat(limited.body()).contains("data-testid=\"started\"").doesNotContain("name=\"title\"")
                .doesNotContain("name=\"questions\"").contains("name=\"closes\"");
        String later = INPUT.format(CLOCK.instant().plus(Duration.ofHours(6)));
        HttpResponse<String> moved = c.teacher.web.post("/assignments/" + id + "/edit", quizFields(Map.of(
                "title", "Renamed anyway", "questions", "9", "closes", later, "minutes", "30", "attempts", "3")));
        assertThat(moved.statusCode()).isEqualTo(303);
        AssignmentRow limits = assignments.findById(id).orElseThrow();
        assertThat(limits.title()).isEqualTo("Week 2 quiz");
        assertThat(limits.blueprint()).isEqualTo(edited.blueprint());
        assertThat(limits.closeAt()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(6)).truncatedTo(ChronoUnit.MINUTES).toEpochMilli());
        assertThat(limits.timeLimitSeconds()).isEqualTo(1800);
        assertThat(limits.attemptsAllowed()).isEqualTo(3);
        assertThat(limits.createdAt()).isEqualTo(edited.createdAt());
        HttpResponse<String> backwards = c.teacher.web.post("/assignments/" + id + "/edit", quizFields(Map.of(
                "closes", INPUT.format(CLOCK.instant().minus(Duration.ofHours(1))))));
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(backwards.body()).contains("The close time must be after the open time.").contains("id=\"edit-limits\"");

        // nobody else edits it
        c.student.web.get("/assignments");
        assertThat(c.student.web.get("/assignments/" + id + "/edit").statusCode()).isEqualTo(403);
        User other = instructor("editor");
        assertThat(other.web.get("/assignments/" + id + "/edit").statusCode()).isEqualTo(404);
        other.web.get("/classes");
        assertThat(other.web.post("/assignments/" + id + "/edit", quizFields(Map.of("title", "x"))).statusCode())
                .isEqualTo(404);
    }

    /** Deleting says first what goes with it; then the assignment, its attempts and answers are gone. */
    @Test
    void anInstructorDeletesAnAssignmentAfterBeingToldWhatGoes() {
        Class c = classWithStudent();
        long id = createQuiz(c, Map.of("title", "To delete"));
        takeAndSubmit(c.student, id, 2);
        long attemptId = attempts.findByAssignmentIdAndAccountIdOrderByNumber(id, c.student.id).get(0).id();

        assertThat(c.teacher.web.get("/assignments/" + id + "/progress").body()).contains("id=\"delete-assignment\"");
        HttpResponse<String> confirm = c.teacher.web.get("/assignments/" + id + "/delete");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("1 attempt by 1 student goes with it").contains("id=\"delete-form\"");
        assertThat(assignments.findById(id)).as("asking deletes nothing").isPresent();

        // a student cannot, another instructor finds no such assignment
        c.student.web.get("/assignments");
        assertThat(c.student.web.post("/assignments/" + id + "/delete", Map.of()).statusCode()).isEqualTo(403);
        User other = instructor("other");
        other.web.get("/classes");
        assertThat(other.web.post("/assignments/" + id + "/delete", Map.of()).statusCode()).isEqualTo(404);
        assertThat(assignments.findById(id)).isPresent();

        HttpResponse<String> deleted = c.teacher.web.post("/assignments/" + id + "/delete", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(location(deleted)).startsWith("/classes/" + c.id + "/assignments?deleted=");
        assertThat(c.teacher.web.get(location(deleted)).body()).contains("“To delete” is deleted, with its attempts.");
        assertThat(assignments.findById(id)).isEmpty();
        assertThat(attempts.findById(attemptId)).isEmpty();
        assertThat(answers.findByAttemptIdOrderByNumber(attemptId)).isEmpty();
        assertThat(c.student.web.get("/assignments/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void gradingMethodsLastAndAverageUseTheSubmittedAttemptsInOrder() {
        Class c = classWithStudent();
        long last = createQuiz(c, Map.of("title", "Last counts", "attempts", "", "grading", "last"));
        long average = createQuiz(c, Map.of("title", "Average counts", "attempts", "", "grading", "average"));
        for (long id : List.of(last, average)) {
            takeAndSubmit(c.student, id, 3);   // 100%
            takeAndSubmit(c.student, id, 0);   // 0%
            start(c.student, id);              // in progress: does not count
        }
        AssignmentRow lastRow = assignments.findById(last).orElseThrow();
        AssignmentRow averageRow = assignments.findById(average).orElseThrow();
        Grades grades = new Grades(attempts);
        assertThat(grades.of(lastRow, c.student.id).getAsDouble()).isEqualTo(0.0);
        assertThat(grades.of(averageRow, c.student.id).getAsDouble()).isEqualTo(0.5);
        assertThat(c.student.web.get("/assignments/" + last).body()).contains("data-testid=\"grade\">0%<")
                .contains("3 used of unlimited");
        assertThat(c.student.web.get("/assignments/" + average).body()).contains("data-testid=\"grade\">50%<");
    }

    // ---- the form ----

    @Test
    void theFormRefusesBadInputAndKeepsWhatWasTyped() {
        Class c = classWithStudent();
        c.teacher.web.get("/classes/" + c.id + "/assignments/new/quiz");
        Map<String, String> fields = new HashMap<>(quizFields(Map.of("title", "Keep this title")));
        fields.put("closes", fields.get("opens"));
        fields.put("due", INPUT.format(CLOCK.instant().minus(Duration.ofHours(1))));
        HttpResponse<String> bad = c.teacher.web.post("/classes/" + c.id + "/assignments/quiz", fields);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("The close time must be after the open time.")
                .contains("The due date cannot be before the open time.").contains("value=\"Keep this title\"");

        fields = new HashMap<>(quizFields(Map.of("title", "Too many", "questions", "50", "kind", "true_false")));
        HttpResponse<String> shortage = c.teacher.web.post("/classes/" + c.id + "/assignments/quiz", fields);
        assertThat(shortage.statusCode()).isEqualTo(422);
        assertThat(shortage.body()).contains("id=\"shortage\"").contains("Not enough questions").contains("value=\"Too many\"");

        fields = new HashMap<>(quizFields(Map.of("title", "Hidden", "feedback", "after_close")));
        fields.put("closes", "");
        HttpResponse<String> noClose = c.teacher.web.post("/classes/" + c.id + "/assignments/quiz", fields);
        assertThat(noClose.statusCode()).isEqualTo(422);
        assertThat(noClose.body()).contains("need a close time");

        HttpResponse<String> practice = c.teacher.web.post("/classes/" + c.id + "/assignments/practice",
                Map.of("title", "Study", "opens", INPUT.format(CLOCK.instant()), "due", ""));
        assertThat(practice.statusCode()).isEqualTo(422);
        assertThat(practice.body()).contains("Enter the date by which").contains("Choose the key points to study.");
        assertThat(assignments.findByClassroomIdOrderByOpenAt(c.id)).isEmpty();
    }

    /** The form is a validated record: each field's own check with its message, the quiz-only ones only for a quiz. */
    @Test
    void theFormsConstraintsMarkTheirFieldsAndBloomWeightsBind() {
        Class c = classWithStudent();
        c.teacher.web.get("/classes/" + c.id + "/assignments/new/quiz");
        HttpResponse<String> bad = c.teacher.web.post("/classes/" + c.id + "/assignments/quiz", quizFields(Map.of(
                "title", "   ", "questions", "0", "minutes", "601", "attempts", "x", "bloom-apply", "11")));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Give the assignment a title of up to 120 characters.")
                .contains("Enter a whole number of questions from 1 to 50.")
                .contains("Leave the time limit blank, or enter 1 to 600 minutes.")
                .contains("Leave blank for unlimited attempts, or enter 1 to 100.")
                .contains("Bloom weights are whole numbers from 0 to 10 (blank: any).")
                .contains("value=\"601\"").contains("value=\"11\"");

        HttpResponse<String> tooLong = c.teacher.web.post("/classes/" + c.id + "/assignments/quiz",
                quizFields(Map.of("title", "t".repeat(121))));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Give the assignment a title of up to 120 characters.");

        long id = createQuiz(c, Map.of("title", "Weighted", "bloom-remember", "2", "bloom-apply", ""));
        assertThat(assignments.findById(id).orElseThrow().blueprint()).contains("\"remember\":2").doesNotContain("apply");

        // a practice has no questions or time limit: those fields are not checked
        Deck deck = deck();
        c.teacher.web.get("/classes/" + c.id + "/assignments/new/practice");
        HttpResponse<String> practice = c.teacher.web.post("/classes/" + c.id + "/assignments/practice", Map.of(
                "title", "Read", "keyPoint", deck.keyPoints().get(0).id(), "questions", "0", "minutes", "x",
                "opens", INPUT.format(CLOCK.instant()), "due", INPUT.format(CLOCK.instant().plus(Duration.ofDays(2)))));
        assertThat(practice.statusCode()).as(practice.body()).isEqualTo(303);
    }

    // ---- time ----

    @Test
    void anAttemptPastItsTimeLimitIsSubmittedWithWhatWasSaved() {
        Class c = classWithStudent();
        long id = createQuiz(c, Map.of("title", "Timed", "minutes", "5"));
        long attemptId = start(c.student, id);
        AttemptRow row = attempts.findById(attemptId).orElseThrow();
        assertThat(row.deadlineAt()).isEqualTo(row.startedAt() + Duration.ofMinutes(5).toMillis());
        HttpResponse<String> page = c.student.web.get("/attempts/" + attemptId);
        assertThat(page.body()).contains("data-seconds-left=\"300\"");
        QuizQuestion q1 = questions(attemptId).get(0);
        assertThat(autosave(c.student, attemptId, q1, true).statusCode()).isEqualTo(200);

        CLOCK.advance(Duration.ofMinutes(6));
        QuizQuestion q2 = questions(attemptId).get(1);
        HttpResponse<String> late = autosave(c.student, attemptId, q2, true);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("\"state\":\"submitted\"").contains("ran out");
        AttemptRow finished = attempts.findById(attemptId).orElseThrow();
        assertThat(finished.submittedAt()).isEqualTo(row.deadlineAt());
        assertThat(finished.score()).isCloseTo(1.0 / 3, offset(1e-9));
        assertThat(answers.findByAttemptIdOrderByNumber(attemptId)).hasSize(1);
        assertThat(c.student.web.get("/attempts/" + attemptId).body()).contains("id=\"score\">33%<");
    }

    @Test
    void theCloseTimeCapsTheDeadlineAndViewingFinalizes() {
        Class c = classWithStudent();
        Map<String, String> fields = new HashMap<>(Map.of("title", "Closes soon", "minutes", "60"));
        fields.put("closes", INPUT.format(CLOCK.instant().plus(Duration.ofMinutes(10))));
        fields.put("due", INPUT.format(CLOCK.instant().plus(Duration.ofMinutes(10))));
        long id = createQuiz(c, fields);
        long attemptId = start(c.student, id);
        AttemptRow row = attempts.findById(attemptId).orElseThrow();
        assertThat(row.deadlineAt()).isEqualTo(assignments.findById(id).orElseThrow().closeAt());
        CLOCK.advance(Duration.ofMinutes(11));
        HttpResponse<String> view = c.student.web.get("/attempts/" + attemptId);
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("ran out").contains("id=\"score\">0%<");
        assertThat(attempts.findById(attemptId).orElseThrow().submittedAt()).isEqualTo(row.deadlineAt());
    }

    @Test
    void startingOutsideTheWindowIsRefused() {
        Class c = classWithStudent();
        Map<String, String> later = new HashMap<>(Map.of("title", "Next week"));
        later.put("opens", INPUT.format(CLOCK.instant().plus(Duration.ofDays(7))));
        later.put("closes", INPUT.format(CLOCK.instant().plus(Duration.ofDays(8))));
        later.put("due", INPUT.format(CLOCK.instant().plus(Duration.ofDays(8))));
        long notYet = createQuiz(c, later);
        long closing = createQuiz(c, Map.of("title", "Today only"));

        assertThat(c.student.web.get("/assignments").body()).doesNotContain("Next week").contains("Today only");
        assertThat(c.student.web.get("/assignments/" + notYet).body()).contains("not open yet").doesNotContain("id=\"start\"");
        HttpResponse<String> early = c.student.web.post("/assignments/" + notYet + "/start", Map.of());
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("This assignment opens on");

        CLOCK.advance(Duration.ofHours(4));
        c.student.web.get("/assignments/" + closing);
        HttpResponse<String> late = c.student.web.post("/assignments/" + closing + "/start", Map.of());
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("This assignment closed on");
        assertThat(attempts.findByAssignmentIdAndAccountIdOrderByNumber(closing, c.student.id)).isEmpty();
    }

    @Test
    void twoTabsPressingStartTogetherGetOneAttempt() throws Exception {
        Class c = classWithStudent();
        long id = createQuiz(c, Map.of("title", "Race"));
        c.student.web.get("/assignments/" + id);
        var pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> press = () -> location(c.student.web.post("/assignments/" + id + "/start", Map.of()));
            List<Future<String>> both = pool.invokeAll(List.of(press, press));
            assertThat(both.get(0).get()).startsWith("/attempts/").isEqualTo(both.get(1).get());
        } finally {
            pool.shutdown();
        }
        assertThat(attempts.findByAssignmentIdAndAccountIdOrderByNumber(id, c.student.id)).hasSize(1);
        // the insert itself refuses a second attempt with the same number
        AttemptRow only = attempts.findByAssignmentIdAndAccountIdOrderByNumber(id, c.student.id).get(0);
        assertThat(attempts.begin(id, c.student.id, 1, 7, only.questions(), CLOCK.millis(), null)).isZero();
    }

    // ---- feedback timing ----

    @Test
    void immediateFeedbackShowsEachAnswerAndKeepsTheFirst() {
        Class c = classWithStudent();
        long id = createQuiz(c, Map.of("title", "Instant", "feedback", "immediate"));
        long attemptId = start(c.student, id);
        QuizQuestion q1 = questions(attemptId).get(0);
        HttpResponse<String> first = autosave(c.student, attemptId, q1, false);
        assertThat(first.body()).contains("\"state\":\"saved\"").contains("\"right\":false")
                .contains(json(q1.item().explanation()));
        HttpResponse<String> second = autosave(c.student, attemptId, q1, true);
        assertThat(second.body()).contains("\"state\":\"locked\"").contains("\"right\":false");
        assertThat(answers.findByAttemptIdOrderByNumber(attemptId).get(0).mark()).isEqualTo("WRONG");
        HttpResponse<String> page = c.student.web.get("/attempts/" + attemptId);
        assertThat(page.body()).contains("class=\"verdict wrong\"").contains("Check answer " + questions(attemptId).get(1).number());
    }

    @Test
    void afterCloseHidesTheScoreAndAnswersUntilTheCloseTime() {
        Class c = classWithStudent();
        long id = createQuiz(c, Map.of("title", "Exam", "feedback", "after_close"));
        long attemptId = start(c.student, id);
        QuizQuestion q1 = questions(attemptId).get(0);
        assertThat(autosave(c.student, attemptId, q1, true).body()).doesNotContain("verdict");
        c.student.web.get("/attempts/" + attemptId);
        assertThat(c.student.web.post("/attempts/" + attemptId + "/submit", Map.of()).statusCode()).isEqualTo(303);

        HttpResponse<String> result = c.student.web.get("/attempts/" + attemptId);
        assertThat(result.body()).contains("data-testid=\"hidden-until-close\"").doesNotContain("id=\"score\"")
                .doesNotContain(q1.item().explanation()).doesNotContain("class=\"verdict");
        assertThat(c.student.web.get("/assignments/" + id).body()).contains("shown after the close time")
                .doesNotContain("data-testid=\"grade\"");

        CLOCK.advance(Duration.ofHours(3));
        assertThat(c.student.web.get("/attempts/" + attemptId).body()).contains("id=\"score\">33%<")
                .contains(q1.item().explanation());
        assertThat(c.student.web.get("/assignments/" + id).body()).contains("data-testid=\"grade\">33%<");
    }

    // ---- who may do what ----

    @Test
    void everyRouteRefusesOthers() {
        Class c = classWithStudent();
        long id = createQuiz(c, Map.of("title", "Private"));
        long attemptId = start(c.student, id);
        QuizQuestion q1 = questions(attemptId).get(0);
        User classmate = signUp("classmate");
        join(classmate, c.code);
        User outsider = signUp("outsider");
        User otherTeacher = instructor("other");
        otherTeacher.web.get("/classes");
        outsider.web.get("/assignments");
        classmate.web.get("/assignments");

        // a student who is not in the class: the assignment does not exist for them
        assertThat(outsider.web.get("/assignments/" + id).statusCode()).isEqualTo(404);
        assertThat(outsider.web.post("/assignments/" + id + "/start", Map.of()).statusCode()).isEqualTo(404);
        assertThat(outsider.web.get("/assignments").body()).doesNotContain("Private");

        // another student's attempt, on every attempt route
        for (User other : List.of(classmate, outsider)) {
            assertThat(other.web.get("/attempts/" + attemptId).statusCode()).isEqualTo(404);
            assertThat(other.web.post("/attempts/" + attemptId + "/answers/" + q1.number(), prefixed(q1, true))
                    .statusCode()).isEqualTo(404);
            assertThat(other.web.post("/attempts/" + attemptId + "/save", prefixed(q1, true)).statusCode()).isEqualTo(404);
            assertThat(other.web.post("/attempts/" + attemptId + "/submit", Map.of()).statusCode()).isEqualTo(404);
        }
        assertThat(c.student.web.get("/attempts/999999999").statusCode()).isEqualTo(404);
        assertThat(c.student.web.get("/assignments/999999999").statusCode()).isEqualTo(404);
        assertThat(answers.findByAttemptIdOrderByNumber(attemptId)).isEmpty();
        assertThat(attempts.findById(attemptId).orElseThrow().submitted()).isFalse();

        // a student on instructor routes: 403, even in their own class
        assertThat(c.student.web.get("/classes/" + c.id + "/assignments").statusCode()).isEqualTo(403);
        assertThat(c.student.web.get("/classes/" + c.id + "/assignments/new/quiz").statusCode()).isEqualTo(403);
        assertThat(c.student.web.post("/classes/" + c.id + "/assignments/quiz", quizFields(Map.of("title", "Mine")))
                .statusCode()).isEqualTo(403);
        assertThat(c.student.web.get("/assignments/" + id + "/progress").statusCode()).isEqualTo(403);

        // another instructor: the class and its assignment are not found
        assertThat(otherTeacher.web.get("/classes/" + c.id + "/assignments").statusCode()).isEqualTo(404);
        assertThat(otherTeacher.web.get("/classes/" + c.id + "/assignments/new/quiz").statusCode()).isEqualTo(404);
        assertThat(otherTeacher.web.post("/classes/" + c.id + "/assignments/quiz", quizFields(Map.of("title", "Theirs")))
                .statusCode()).isEqualTo(404);
        assertThat(otherTeacher.web.get("/assignments/" + id + "/progress").statusCode()).isEqualTo(404);
        assertThat(otherTeacher.web.get("/assignments/" + id).statusCode()).isEqualTo(404);
        assertThat(c.teacher.web.get("/classes/" + c.id + "/assignments/new/essay").statusCode()).isEqualTo(404);
        assertThat(assignments.findByClassroomIdOrderByOpenAt(c.id)).hasSize(1);

        // forms without the CSRF token: 403
        c.student.web.get("/attempts/" + attemptId);
        assertThat(c.student.web.postRaw("/assignments/" + id + "/start", Map.of()).statusCode()).isEqualTo(403);
        assertThat(c.student.web.postRaw("/attempts/" + attemptId + "/answers/" + q1.number(), prefixed(q1, true))
                .statusCode()).isEqualTo(403);
        assertThat(c.student.web.postRaw("/attempts/" + attemptId + "/save", prefixed(q1, true)).statusCode()).isEqualTo(403);
        assertThat(c.student.web.postRaw("/attempts/" + attemptId + "/submit", Map.of()).statusCode()).isEqualTo(403);
        assertThat(c.teacher.web.postRaw("/classes/" + c.id + "/assignments/quiz", quizFields(Map.of("title", "No token")))
                .statusCode()).isEqualTo(403);
        assertThat(attempts.findById(attemptId).orElseThrow().submitted()).isFalse();

        // a student removed from the class loses the assignment and their attempt with it
        c.teacher.web.get("/classes/" + c.id);
        assertThat(c.teacher.web.post("/classes/" + c.id + "/students/" + c.student.id + "/remove", Map.of())
                .statusCode()).isEqualTo(303);
        assertThat(c.student.web.get("/assignments/" + id).statusCode()).isEqualTo(404);
        assertThat(c.student.web.get("/attempts/" + attemptId).statusCode()).isEqualTo(404);
    }

    // ---- practice ----

    @Test
    void practiceCompletionCountsStudyReviewsOfEveryCardInTheWindow() throws SQLException {
        Class c = classWithStudent();
        Deck deck = deck();
        var twoKeyPoints = deck.keyPoints().subList(0, 2);
        c.teacher.web.get("/classes/" + c.id + "/assignments/new/practice");
        HttpResponse<String> created = c.teacher.web.post("/classes/" + c.id + "/assignments/practice", Map.of(
                "title", "Read up", "keyPoint", twoKeyPoints.get(0).id(),
                "opens", INPUT.format(CLOCK.instant()), "due", INPUT.format(CLOCK.instant().plus(Duration.ofDays(2)))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        long id = assignments.findByClassroomIdOrderByOpenAt(c.id).get(0).id();
        assertThat(c.student.web.get("/assignments/" + id).body()).contains("data-testid=\"practice-percent\">0%<");

        List<String> cards = cardsOf(deck, twoKeyPoints.get(0).id());
        List<String> otherCards = cardsOf(deck, twoKeyPoints.get(1).id());
        long now = CLOCK.millis();
        review(c.student.id, cards.get(0), "review", now - Duration.ofHours(1).toMillis());   // before the open time
        review(c.student.id, cards.get(0), "cram", now + 1000);                                  // not daily study
        review(c.student.id, otherCards.get(0), "review", now + 1000);                           // not assigned
        assertThat(c.student.web.get("/assignments/" + id).body()).contains("data-testid=\"practice-percent\">0%<");

        for (int i = 0; i < cards.size() - 1; i++) {
            review(c.student.id, cards.get(i), "review", now + 2000 + i);
        }
        int partial = (int) Math.floor(100.0 * (cards.size() - 1) / cards.size());
        assertThat(c.student.web.get("/assignments/" + id).body())
                .contains("data-testid=\"practice-percent\">" + partial + "%<").doesNotContain("<strong>done</strong>");
        review(c.student.id, cards.get(cards.size() - 1), "review", now + 5000);
        assertThat(c.student.web.get("/assignments/" + id).body()).contains("data-testid=\"practice-percent\">100%<")
                .contains("<strong>done</strong>");
        assertThat(c.student.web.get("/assignments").body()).contains("100% studied");
        assertThat(c.teacher.web.get("/assignments/" + id + "/progress").body())
                .contains("data-testid=\"percent\">100%<").contains("1 of 1");
        // practice has no attempts
        assertThat(c.student.web.post("/assignments/" + id + "/start", Map.of()).statusCode()).isEqualTo(409);
    }

    @Test
    void aPracticeReadyByItsDueDatePutsItsCardsFirstAndShowsEachStudentsPredictedRecall() throws IOException {
        Class c = classWithStudent();
        Deck deck = deck();
        var last = deck.keyPoints().get(deck.keyPoints().size() - 1);
        List<String> lastCards = cardsOf(deck, last.id());
        String before = nextCard(c.student);
        assertThat(lastCards).as("without a goal the deck's first card comes first").doesNotContain(before);

        c.teacher.web.get("/classes/" + c.id + "/assignments/new/practice");
        HttpResponse<String> created = c.teacher.web.post("/classes/" + c.id + "/assignments/practice", Map.of(
                "title", "Seminar prep", "keyPoint", last.id(), "readyBy", "95",
                "opens", INPUT.format(CLOCK.instant()), "due", INPUT.format(CLOCK.instant().plus(Duration.ofDays(3)))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        long id = assignments.findByClassroomIdOrderByOpenAt(c.id).get(0).id();
        assertThat(assignments.findById(id).orElseThrow().targetRecall()).isEqualTo(0.95);

        // the student's new cards of the practice come first: the plan learns them in time
        assertThat(lastCards).contains(nextCard(c.student));
        String progress = c.teacher.web.get("/assignments/" + id + "/progress").body();
        assertThat(progress).contains("data-testid=\"ready-by\"").contains("95%").contains("Predicted recall");
        Matcher predicted = Pattern.compile("data-testid=\"predicted\">(\\d+)%<").matcher(progress);
        assertThat(predicted.find()).isTrue();
        assertThat(Integer.parseInt(predicted.group(1))).as("new cards learned as planned").isGreaterThanOrEqualTo(90);

        // a bad target is refused in the form
        HttpResponse<String> refused = c.teacher.web.post("/classes/" + c.id + "/assignments/practice", Map.of(
                "title", "Odd", "keyPoint", last.id(), "readyBy", "42",
                "opens", INPUT.format(CLOCK.instant()), "due", INPUT.format(CLOCK.instant().plus(Duration.ofDays(3)))));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Choose a target recall from the list");
    }

    private String nextCard(User student) throws IOException {
        Map<?, ?> next = json.readValue(student.web.getJson("/api/study/" + SLUG + "/next").body(), Map.class);
        return (String) ((Map<?, ?>) next.get("card")).get("key");
    }

    @Test
    void theDashboardListsOpenAssignmentsSoonestDueFirstAndMarksOverdue() {
        Class c = classWithStudent();
        Map<String, String> later = new HashMap<>(Map.of("title", "Due later"));
        later.put("due", INPUT.format(CLOCK.instant().plus(Duration.ofHours(2))));
        createQuiz(c, later);
        Map<String, String> sooner = new HashMap<>(Map.of("title", "Due sooner"));
        sooner.put("due", INPUT.format(CLOCK.instant().plus(Duration.ofHours(1))));
        createQuiz(c, sooner);
        String body = c.student.web.get("/assignments").body();
        assertThat(body.indexOf("Due sooner")).isPositive().isLessThan(body.indexOf("Due later"));
        assertThat(body).doesNotContain("Overdue");
        // the home page shows the same list's top, for this student only
        String home = c.student.web.get("/").body();
        assertThat(home).contains("data-testid=\"due-soon\"");
        assertThat(home.indexOf("Due sooner")).isPositive().isLessThan(home.indexOf("Due later"));
        assertThat(c.teacher.web.get("/").body()).doesNotContain("data-testid=\"due-soon\"");
        CLOCK.advance(Duration.ofMinutes(90));
        body = c.student.web.get("/assignments").body();
        assertThat(body).containsOnlyOnce("class=\"overdue-mark\">Overdue<");
        assertThat(c.student.web.get("/").body()).containsOnlyOnce("class=\"overdue-mark\">Overdue<");
    }

    // ---- helpers ----

    private record User(WebSession web, long id, String username) {
    }

    private record Class(User teacher, User student, long id, String code, String name) {
    }

    private Class classWithStudent() {
        User teacher = instructor("teacher");
        teacher.web.get("/classes/new");
        String name = "Class " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = teacher.web.post("/classes", Map.of("name", name, "deck", SLUG));
        assertThat(created.statusCode()).isEqualTo(303);
        long id = Long.parseLong(location(created).replace("/classes/", ""));
        Matcher m = Pattern.compile("data-testid=\"join-code\">([^<]+)<").matcher(teacher.web.get("/classes/" + id).body());
        assertThat(m.find()).isTrue();
        User student = signUp("student");
        join(student, m.group(1));
        return new Class(teacher, student, id, m.group(1), name);
    }

    private static void join(User user, String code) {
        user.web.get("/join/" + code);
        assertThat(user.web.post("/join/" + code, Map.of()).statusCode()).isEqualTo(303);
    }

    /** A 3-question true/false and multiple-choice quiz open now for 3 hours; {@code fields} override. */
    private Map<String, String> quizFields(Map<String, String> fields) {
        var all = new HashMap<String, String>();
        all.put("opens", INPUT.format(CLOCK.instant()));
        all.put("closes", INPUT.format(CLOCK.instant().plus(Duration.ofHours(3))));
        all.put("due", INPUT.format(CLOCK.instant().plus(Duration.ofHours(2))));
        all.put("questions", "3");
        all.put("attempts", "");
        all.put("grading", "highest");
        all.put("feedback", "after_submit");
        all.put("shuffleQuestions", "on");
        all.put("shuffleOptions", "on");
        all.putAll(fields);
        return all;
    }

    private long createQuiz(Class c, Map<String, String> fields) {
        c.teacher.web.get("/classes/" + c.id + "/assignments/new/quiz");
        Map<String, String> all = quizFields(fields);
        String title = all.get("title");
        HttpResponse<String> created = c.teacher.web.post("/classes/" + c.id + "/assignments/quiz", all);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        return assignments.findByClassroomIdOrderByOpenAt(c.id).stream().filter(a -> a.title().equals(title))
                .findFirst().orElseThrow().id();
    }

    private long start(User user, long assignmentId) {
        user.web.get("/assignments/" + assignmentId);
        HttpResponse<String> started = user.web.post("/assignments/" + assignmentId + "/start", Map.of());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        return Long.parseLong(location(started).replace("/attempts/", ""));
    }

    /** Starts an attempt and submits it with {@code right} questions answered right (and the rest wrong). */
    private void takeAndSubmit(User user, long assignmentId, int right) {
        long attemptId = start(user, assignmentId);
        user.web.get("/attempts/" + attemptId);
        var fields = new HashMap<String, String>();
        List<QuizQuestion> qs = questions(attemptId);
        for (int i = 0; i < qs.size(); i++) {
            fields.putAll(prefixed(qs.get(i), i < right));
        }
        assertThat(user.web.post("/attempts/" + attemptId + "/submit", fields).statusCode()).isEqualTo(303);
        CLOCK.advance(Duration.ofSeconds(30));
    }

    private List<QuizQuestion> questions(long attemptId) {
        return attemptRules.quiz(attempts.findById(attemptId).orElseThrow(), deck()).questions();
    }

    private Deck deck() {
        return catalog.bankDeck(SLUG).orElseThrow();
    }

    private HttpResponse<String> autosave(User user, long attemptId, QuizQuestion q, boolean right) {
        user.web.get("/attempts/" + attemptId);
        return user.web.post("/attempts/" + attemptId + "/answers/" + q.number(), prefixed(q, right));
    }

    /** The unprefixed fields of a right (or wrong) answer to any question. */
    private static Map<String, String> answer(QuizQuestion q, boolean right) {
        CardFace face = q.card().face();
        if (face instanceof CardFace.TrueFalse tf) {
            return Map.of("truth", String.valueOf(tf.answer() == right));
        } else if (face instanceof CardFace.MultipleChoice mc) {
            return Map.of("choice", mc.options().stream().filter(o -> o.correct() == right).map(Option::text)
                    .findFirst().orElseThrow());
        } else if (face instanceof CardFace.TypeIn ti) {
            return Map.of("typed", right ? ti.accepted().get(0) : "zzz wrong");
        } else if (face instanceof CardFace.FrontBack fb) {
            return Map.of("typed", right ? fb.back() : "zzz wrong");
        } else if (face instanceof CardFace.Cloze cz) {
            return Map.of("typed", right ? cz.answer() : "zzz wrong");
        } else if (face instanceof CardFace.Ordering o) {
            var fields = new HashMap<String, String>();
            List<String> seq = new ArrayList<>(o.sequence());
            if (!right) {
                // Reversed: no two items in the right relative order, so no part marks under the longest
                // ordered subset rule (a rotation by one, wrong in every slot, now keeps n - 1 in order).
                java.util.Collections.reverse(seq);
            }
            for (int i = 0; i < seq.size(); i++) {
                fields.put("element-" + (i + 1), seq.get(i));
                fields.put("place-" + (i + 1), String.valueOf(i + 1));
            }
            return fields;
        }
        var m = (CardFace.Matching) face;
        var fields = new HashMap<String, String>();
        for (int i = 0; i < m.pairs().size(); i++) {
            fields.put("match-" + i, m.pairs().get(right ? i : (i + 1) % m.pairs().size()).right());
        }
        return fields;
    }

    private static Map<String, String> prefixed(QuizQuestion q, boolean right) {
        var fields = new HashMap<String, String>();
        answer(q, right).forEach((k, v) -> fields.put("q" + q.number() + "-" + k, v));
        return fields;
    }

    /** The value of the checked radio (or typed text) of a question on an attempt page. */
    /** What the attempt page shows in one field of a question: the checked radio, the typed text, the selected option. */
    private static String shownValue(String page, QuizQuestion q, String field) {
        String name = Pattern.quote("q" + q.number() + "-" + field);
        Matcher radio = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"\\s+checked").matcher(page);
        Matcher typed = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
        Matcher select = Pattern.compile("<select[^>]*name=\"" + name + "\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(page);
        if (select.find()) {
            Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(1));
            return selected.find() ? unescape(selected.group(1)) : "";
        }
        for (Matcher m : List.of(radio, typed)) {
            if (m.find()) {
                return unescape(m.group(1));
            }
        }
        return "";
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static List<String> cardsOf(Deck deck, String keyPoint) {
        var ids = new ArrayList<String>();
        for (Item item : deck.items()) {
            if (item.keyPoint().equals(keyPoint)) {
                Cards.of(item, deck).stream().map(Card::id).forEach(ids::add);
            }
        }
        return ids;
    }

    private void review(long accountId, String cardId, String mode, long at) throws SQLException {
        try (var conn = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             var s = conn.prepareStatement("INSERT INTO review_log (account_id, deck_slug, item_id, card_id, mode, "
                     + "rating, reviewed_at, duration_ms, answer_token) VALUES (?, ?, ?, ?, ?, 3, ?, 1000, ?)")) {
            s.setLong(1, accountId);
            s.setString(2, SLUG);
            s.setString(3, cardId.substring(0, cardId.indexOf('#')));
            s.setString(4, cardId);
            s.setString(5, mode);
            s.setLong(6, at);
            s.setString(7, UUID.randomUUID().toString());
            s.executeUpdate();
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private User signUp(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/signup");
        assertThat(web.post("/signup", Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD))
                .statusCode()).isEqualTo(303);
        return new User(web, subject(web), username);
    }

    private User instructor(String prefix) {
        User user = signUp(prefix);
        roles.promote(user.id, Roles.INSTRUCTOR);
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/login");
        assertThat(web.post("/login", Map.of("username", user.username, "password", PASSWORD)).statusCode())
                .isEqualTo(303);
        return new User(web, user.id, user.username);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static long subject(WebSession web) {
        return web.accountId();
    }
}
