package app.flashpoint.assignment;

import app.flashpoint.account.Roles;
import app.flashpoint.core.generate.cards.CardFace;
import app.flashpoint.core.generate.cards.Grader;
import app.flashpoint.core.generate.cards.Mark;
import app.flashpoint.core.generate.cards.Response;
import app.flashpoint.core.generate.quiz.QuizQuestion;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.support.SharedApp;
import app.flashpoint.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * A nearly right typed answer earns what the instructor set for it, and the instructor's re-mark of an answer
 * moves the attempt's score, the grade, the gradebook, its export and the student's result; undo restores the
 * marker's verdict. All through the real pages of a quiz on the interview deck's fill-in-the-blank items.
 */
@SharedApp
class CloseCreditAndRemarkTest {
    private static final String PASSWORD = "correct horse battery";
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(ZoneOffset.UTC);

    @Inject
    EmbeddedServer server;
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

    private record User(WebSession web, long id, String username) {
    }

    @Test
    void aNearlyRightAnswerEarnsTheCloseCreditAndAReMarkMovesTheGradeEverywhere() {
        User teacher = user("teacher", true);
        User student = user("student", false);
        long classId = classWith(teacher, student);

        // the form refuses a close credit out of range, in the form
        teacher.web.get("/classes/" + classId + "/assignments/new/quiz");
        HttpResponse<String> refused = teacher.web.post("/classes/" + classId + "/assignments/quiz",
                quizFields("Too generous", "150"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains(AssignmentFields.CLOSE_CREDIT).contains("value=\"150\"");

        long id = createQuiz(teacher, classId, "Half for nearly right", "50");
        assertThat(assignments.findById(id).orElseThrow().closeScore()).isEqualTo(0.5);
        assertThat(student.web.get("/assignments/" + id).body()).contains("50% of the question");

        // the student answers the first question nearly right (the answer with a word to spare), the rest right
        long attemptId = start(student, id);
        List<QuizQuestion> qs = attemptRules.quiz(attempts.findById(attemptId).orElseThrow(),
                catalog.bankDeck("luo-interview").orElseThrow()).questions();
        assertThat(qs).hasSize(3);
        var fields = new HashMap<String, String>();
        for (QuizQuestion q : qs) {
            String right = ((CardFace.Cloze) q.card().face()).answer();
            String typed = q.number() == 1 ? right + " indeed" : right;
            fields.put("q" + q.number() + "-typed", typed);
        }
        assertThat(Grader.grade(qs.get(0).card(), new Response.Typed(fields.get("q1-typed"))).mark())
                .isEqualTo(Mark.CLOSE);
        student.web.get("/attempts/" + attemptId);
        assertThat(student.web.post("/attempts/" + attemptId + "/submit", fields).statusCode()).isEqualTo(303);
        assertThat(attempts.findById(attemptId).orElseThrow().score()).isCloseTo(2.5 / 3, offset(1e-9));
        AttemptAnswerRow first = answers.findByAttemptIdOrderByNumber(attemptId).get(0);
        assertThat(first.mark()).isEqualTo("CLOSE");
        assertThat(first.score()).isEqualTo(0.5);
        assertThat(student.web.get("/attempts/" + attemptId).body()).contains("Nearly right (50%)")
                .contains("id=\"score\">83%<");

        // the instructor sees the answer with its re-mark field; a score out of range is refused beside it
        String path = "/classes/" + classId + "/gradebook/students/" + student.id;
        String report = teacher.web.get(path).body();
        assertThat(report).contains("id=\"answer-" + first.id() + "\"").contains("id=\"percent-" + first.id() + "\"");
        String remark = path + "/answers/" + first.id();
        HttpResponse<String> tooMuch = teacher.web.post(remark, Map.of("percent", "150"));
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("Enter a whole percentage from 0 to 100.").contains("value=\"150\"")
                .contains("aria-invalid=\"true\"");
        assertThat(answers.findById(first.id()).orElseThrow()).isEqualTo(first);
        String csvBefore = teacher.web.get("/classes/" + classId + "/assignments/" + id + "/results.csv").body();
        assertThat(csvBefore).contains(",83.33,0.50,1.00,1.00");

        // full marks: the answer, the attempt, the grade, the export and the student's result all follow
        HttpResponse<String> full = teacher.web.post(remark, Map.of("percent", "100"));
        assertThat(full.statusCode()).isEqualTo(303);
        assertThat(full.headers().firstValue("Location")).contains(path + "#answer-" + first.id());
        AttemptAnswerRow remarked = answers.findById(first.id()).orElseThrow();
        assertThat(remarked.mark()).isEqualTo("CORRECT");
        assertThat(remarked.score()).isEqualTo(1.0);
        assertThat(remarked.autoMark()).isEqualTo("CLOSE");
        assertThat(remarked.autoScore()).isEqualTo(0.5);
        assertThat(remarked.remarkedBy()).isEqualTo(teacher.id);
        assertThat(attempts.findById(attemptId).orElseThrow().score()).isEqualTo(1.0);
        assertThat(teacher.web.get(path).body()).contains("re-marked by you (marked nearly right, 0.50)")
                .contains("grade: highest attempt: 100.0%");
        assertThat(teacher.web.get("/classes/" + classId + "/assignments/" + id + "/results.csv").body())
                .contains(",100.00,1.00,1.00,1.00");
        assertThat(student.web.get("/attempts/" + attemptId).body()).contains("Right. Re-marked by your instructor.")
                .contains("id=\"score\">100%<");
        assertThat(student.web.get("/assignments/" + id).body()).contains("data-testid=\"grade\">100%<");

        // undo: the marker's verdict again
        assertThat(teacher.web.post(remark, Map.of("action", "undo")).statusCode()).isEqualTo(303);
        AttemptAnswerRow undone = answers.findById(first.id()).orElseThrow();
        assertThat(undone.mark()).isEqualTo("CLOSE");
        assertThat(undone.score()).isEqualTo(0.5);
        assertThat(undone.remarked()).isFalse();
        assertThat(undone.autoMark()).isNull();
        assertThat(attempts.findById(attemptId).orElseThrow().score()).isCloseTo(2.5 / 3, offset(1e-9));

        // a student cannot re-mark, another instructor finds no such answer
        student.web.get("/assignments");
        assertThat(student.web.post(remark, Map.of("percent", "100")).statusCode()).isEqualTo(403);
        User other = user("other-teacher", true);
        other.web.get("/classes");
        assertThat(other.web.post(remark, Map.of("percent", "100")).statusCode()).isEqualTo(404);
        assertThat(answers.findById(first.id()).orElseThrow().score()).isEqualTo(0.5);

        // an open attempt's answer is the student's to change, not the instructor's
        long open = start(student, id);
        QuizQuestion q = attemptRules.quiz(attempts.findById(open).orElseThrow(),
                catalog.bankDeck("luo-interview").orElseThrow()).questions().get(0);
        student.web.get("/attempts/" + open);
        assertThat(student.web.post("/attempts/" + open + "/answers/" + q.number(),
                Map.of("q" + q.number() + "-typed", "zzz")).statusCode()).isEqualTo(200);
        AttemptAnswerRow saved = answers.findByAttemptIdOrderByNumber(open).get(0);
        teacher.web.get(path);
        assertThat(teacher.web.post(path + "/answers/" + saved.id(), Map.of("percent", "100")).statusCode())
                .isEqualTo(409);
        assertThat(answers.findById(saved.id()).orElseThrow().score()).isEqualTo(0.0);
    }

    private Map<String, String> quizFields(String title, String closeCredit) {
        Instant now = Instant.now();
        var all = new HashMap<String, String>();
        all.put("title", title);
        all.put("opens", INPUT.format(now.minus(Duration.ofMinutes(1))));
        all.put("closes", INPUT.format(now.plus(Duration.ofHours(3))));
        all.put("due", INPUT.format(now.plus(Duration.ofHours(2))));
        all.put("questions", "3");
        all.put("attempts", "");
        all.put("grading", "highest");
        all.put("feedback", "after_submit");
        all.put("kind", "cloze");
        all.put("closeCredit", closeCredit);
        return all;
    }

    private long createQuiz(User teacher, long classId, String title, String closeCredit) {
        teacher.web.get("/classes/" + classId + "/assignments/new/quiz");
        HttpResponse<String> created = teacher.web.post("/classes/" + classId + "/assignments/quiz",
                quizFields(title, closeCredit));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        return assignments.findByClassroomIdOrderByOpenAt(classId).stream().filter(a -> a.title().equals(title))
                .findFirst().orElseThrow().id();
    }

    private long start(User user, long assignmentId) {
        user.web.get("/assignments/" + assignmentId);
        HttpResponse<String> started = user.web.post("/assignments/" + assignmentId + "/start", Map.of());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        return Long.parseLong(started.headers().firstValue("Location").orElseThrow().replace("/attempts/", ""));
    }

    private long classWith(User teacher, User student) {
        teacher.web.get("/classes/new");
        HttpResponse<String> created = teacher.web.post("/classes",
                Map.of("name", "Class " + UUID.randomUUID().toString().substring(0, 6), "deck", "luo-interview"));
        assertThat(created.statusCode()).isEqualTo(303);
        long id = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replace("/classes/", ""));
        Matcher m = Pattern.compile("data-testid=\"join-code\">([^<]+)<").matcher(teacher.web.get("/classes/" + id).body());
        assertThat(m.find()).isTrue();
        student.web.get("/join/" + m.group(1));
        assertThat(student.web.post("/join/" + m.group(1), Map.of()).statusCode()).isEqualTo(303);
        return id;
    }

    private User user(String prefix, boolean instructor) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/signup");
        assertThat(web.post("/signup", Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD))
                .statusCode()).isEqualTo(303);
        if (!instructor) {
            return new User(web, web.accountId(), username);
        }
        long id = web.accountId();
        roles.promote(id, Roles.INSTRUCTOR);
        var again = new WebSession(URI.create(server.getURL() + "/"));
        again.get("/login");
        assertThat(again.post("/login", Map.of("username", username, "password", PASSWORD)).statusCode())
                .isEqualTo(303);
        return new User(again, id, username);
    }
}
