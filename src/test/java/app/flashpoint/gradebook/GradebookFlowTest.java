package app.flashpoint.gradebook;

import app.flashpoint.account.Roles;
import app.flashpoint.assignment.AssignmentRepository;
import app.flashpoint.assignment.AttemptAnswerRepository;
import app.flashpoint.assignment.AttemptRepository;
import app.flashpoint.quiz.ResponseCodec;
import io.micronaut.json.JsonMapper;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.Cards;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.gradebook.GradebookFixture.User;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gradebook, its exports, item statistics and class progress through the embedded server, on attempts
 * and reviews written as rows. One class of five students takes a fixed three-question quiz whose statistics
 * are computed by hand below.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradebookFlowTest {
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final long DAY = 86_400_000L;

    @Inject
    EmbeddedServer server;
    @Inject
    Roles roles;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    DeckCatalog catalog;
    @Inject
    AssignmentRepository assignments;
    @Inject
    AttemptRepository attempts;
    @Inject
    AttemptAnswerRepository answers;
    @Inject
    ResponseCodec codec;
    @Inject
    JsonMapper json;

    @MockBean(Clock.class)
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    GradebookFixture fx;
    User teacher;
    User other;
    List<User> students;
    long classId;
    long quizId;
    long practiceId;
    Item mc;
    Item second;
    Item third;

    /*
     * Quiz "Fixed quiz" (grading: highest), the same three items for everyone, each worth 1; first attempts:
     *
     *   student  Q1(mc) Q2  Q3 | T
     *   s1        1     1   1  | 3     (then a second attempt scoring 1/3: grade stays 100%)
     *   s2        1     1   0  | 2
     *   s3        1     0   0  | 1
     *   s4        0     0   0  | 0     (chose the first distractor on Q1)
     *   s5        1     1   1  | 3
     *
     * Var(x1) = 0.2, Var(x2) = Var(x3) = 0.3, T = [3,2,1,0,3], mean 1.8, Var(T) = 6.8/4 = 1.7
     *   alpha = 100·3/2·(1 − 0.8/1.7) = 13500/170 = 79.41… -> "79.4", satisfactory
     *   ER = 100·√(1 − 0.7941…) = 45.37… -> "45.4";  SE = √(0.2059·1.7) = √0.35 = 0.59… -> "0.6"
     * Q1: F = 80%; rest = [2,1,0,0,2], Cov = 1.0/4 = 0.25, Var(rest) = 1 -> DI = 25/√0.2 = 55.90 -> "55.9";
     *     sorted pairs give Cov_max = 0.25 -> DE = 100.0; flagged too easy (80% ≥ 65%)
     * Q2: F = 60%; rest = [2,1,1,0,2], Cov = 1.4/4 = 0.35, Var(rest) = 0.7 -> DI = 35/√0.21 = 76.38 -> "76.4"
     * Q3: F = 40%; rest = [2,2,1,0,2], Cov = 1.2/4 = 0.3, Var(rest) = 0.8 -> DI = 30/√0.24 = 61.24 -> "61.2"
     * Options of Q1: key 4 of 5 (80%), first distractor 1 (20%), others never chosen (flagged rarely chosen).
     */
    @BeforeAll
    void fixedClass() {
        fx = new GradebookFixture(server.getURL().toString(), roles, tx,
                new GradebookFixture.App(assignments, attempts, answers, codec, json));
        List<Item> items = catalog.items(GradebookFixture.SLUG).orElseThrow();
        mc = items.stream().filter(i -> i.content() instanceof ItemContent.MultipleChoice).findFirst().orElseThrow();
        List<Item> others = items.stream().filter(i -> !(i.content() instanceof ItemContent.MultipleChoice)).toList();
        second = others.get(0);
        third = others.get(1);
        teacher = fx.instructor("teach");
        other = fx.instructor("other");
        classId = fx.createClass(teacher, "Seminar A");
        students = List.of(fx.signUp("s1"), fx.signUp("s2"), fx.signUp("s3"), fx.signUp("s4"), fx.signUp("s5"));
        students.forEach(s -> fx.join(teacher, classId, s));
        quizId = fx.quiz(classId, "Fixed quiz", "highest", NOW.toEpochMilli() - 10 * DAY);
        String key = ((ItemContent.MultipleChoice) mc.content()).answer();
        String wrong = ((ItemContent.MultipleChoice) mc.content()).distractors().get(0).text();
        double[][] marks = {{1, 1, 1}, {1, 1, 0}, {1, 0, 0}, {0, 0, 0}, {1, 1, 1}};
        String[] ids = {mc.id(), second.id(), third.id()};
        for (int s = 0; s < 5; s++) {
            fx.attempt(quizId, students.get(s).id(), 1, NOW.toEpochMilli() - 5 * DAY + s, false, ids,
                    new Double[]{marks[s][0], marks[s][1], marks[s][2]},
                    new String[]{marks[s][0] == 1 ? key : wrong, null, null});
        }
        fx.attempt(quizId, students.get(0).id(), 2, NOW.toEpochMilli() - 4 * DAY, false, ids,
                new Double[]{1.0, 0.0, null}, new String[]{key, null, null});
        practiceId = fx.practice(classId, "Practise the first key point", Set.of(mc.keyPoint()),
                NOW.toEpochMilli() - 2 * DAY, NOW.toEpochMilli() + 2 * DAY);
    }

    @Test
    void theGradebookShowsGradesAttemptsAndEachAttemptsQuestions() {
        HttpResponse<String> page = teacher.web().get("/classes/" + classId + "/gradebook");
        assertThat(page.statusCode()).isEqualTo(200);
        String s1Row = row(page.body(), students.get(0).id());
        assertThat(s1Row).contains("100.0%").contains("2 attempts");
        assertThat(row(page.body(), students.get(1).id())).contains("66.7%").contains("1 attempt<");
        assertThat(row(page.body(), students.get(3).id())).contains("0.0%");
        assertThat(page.body()).contains("href=\"/classes/" + classId + "/assignments/" + quizId + "/statistics\"")
                .contains("href=\"/classes/" + classId + "/gradebook.csv\"");

        HttpResponse<String> student = teacher.web().get("/classes/" + classId + "/gradebook/students/"
                + students.get(0).id());
        assertThat(student.statusCode()).isEqualTo(200);
        assertThat(student.body()).contains("Attempt <span>1</span>").contains("Attempt <span>2</span>")
                .contains("33.3%").contains("no answer").contains("/decks/luo-interview/items/" + mc.id())
                .contains(((ItemContent.MultipleChoice) mc.content()).answer());
        // the graded attempt (highest) is the first one
        String first = student.body().substring(student.body().indexOf("data-attempt=\"1\""),
                student.body().indexOf("data-attempt=\"2\""));
        assertThat(first).contains("the attempt the grade and exports use");

        assertThat(teacher.web().get("/classes/" + classId).body())
                .contains("href=\"/classes/" + classId + "/gradebook\"").contains("href=\"/classes/" + classId + "/progress\"");
    }

    @Test
    void quizStatisticsMatchTheHandComputedFigures() {
        HttpResponse<String> page = teacher.web().get("/classes/" + classId + "/assignments/" + quizId + "/statistics");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(figure(body, "attempts")).isEqualTo("5");
        assertThat(figure(body, "alpha")).isEqualTo("79.4");
        assertThat(figure(body, "reliability")).startsWith("satisfactory");
        assertThat(figure(body, "error-ratio")).isEqualTo("45.4");
        assertThat(figure(body, "standard-error")).isEqualTo("0.6");
        assertThat(body).doesNotContain("data-testid=\"not-enough\"");

        String q1 = item(body, mc.id());
        assertThat(figure(q1, "facility")).isEqualTo("80.0%");
        assertThat(figure(q1, "discrimination")).isEqualTo("55.9");
        assertThat(figure(q1, "efficiency")).isEqualTo("100.0");
        assertThat(q1).contains("data-testid=\"needs-checking\"").contains("too easy")
                .contains("href=\"/decks/luo-interview/items/" + mc.id() + "\"")
                .contains("href=\"/documents/" + mc.sources().get(0).document().replace(" ", "%20") + "#q-" + mc.id() + "-0\"");
        String key = ((ItemContent.MultipleChoice) mc.content()).answer();
        String wrong = ((ItemContent.MultipleChoice) mc.content()).distractors().get(0).text();
        assertThat(q1).contains("(key)").contains("chosen by under 5%");
        assertThat(option(q1, wrong)).contains(">1<").contains("20.0%").contains("100.0%");
        assertThat(option(q1, key)).contains(">4<").contains("80.0%");

        assertThat(figure(item(body, second.id()), "facility")).isEqualTo("60.0%");
        assertThat(figure(item(body, second.id()), "discrimination")).isEqualTo("76.4");
        assertThat(figure(item(body, third.id()), "facility")).isEqualTo("40.0%");
        assertThat(figure(item(body, third.id()), "discrimination")).isEqualTo("61.2");
        assertThat(item(body, third.id())).doesNotContain("needs-checking");
    }

    @Test
    void itemStatisticsAcrossQuizzesAndNotEnoughData() {
        // one quiz, five first attempts plus s1's second: six attempts present the item
        HttpResponse<String> page = teacher.web().get("/items/" + mc.id() + "/statistics");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("6 attempts").doesNotContain("data-testid=\"not-enough\"");
        // F = 5 of 6 correct
        assertThat(figure(page.body(), "facility")).isEqualTo("83.3%");

        // another instructor's students never met it: not enough data, nothing of this class shown
        HttpResponse<String> theirs = other.web().get("/items/" + mc.id() + "/statistics");
        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(theirs.body()).contains("data-testid=\"not-enough\"").contains("0 attempts");
        assertThat(figure(theirs.body(), "facility")).isEqualTo("—");
        assertThat(teacher.web().get("/items/no-such-item/statistics").statusCode()).isEqualTo(404);

        // a quiz with a single submitted attempt: not enough data, stated, every figure a dash
        long lonely = fx.createClass(teacher, "Seminar lonely");
        User only = fx.signUp("only");
        fx.join(teacher, lonely, only);
        long quiz = fx.quiz(lonely, "One taker", "last", NOW.toEpochMilli() - DAY);
        fx.attempt(quiz, only.id(), 1, NOW.toEpochMilli() - DAY, false, new String[]{mc.id(), second.id()},
                new Double[]{1.0, 0.0}, new String[]{null, null});
        String body = teacher.web().get("/classes/" + lonely + "/assignments/" + quiz + "/statistics").body();
        assertThat(body).contains("data-testid=\"not-enough\"");
        assertThat(figure(body, "attempts")).isEqualTo("1");
        assertThat(figure(body, "alpha")).isEqualTo("—");
        assertThat(figure(item(body, mc.id()), "facility")).isEqualTo("—");
    }

    @Test
    void classProgressShowsMasteryAndWhoIsBehind() {
        long progressClass = fx.createClass(teacher, "Seminar progress");
        User keen = fx.signUp("keen");
        User late = fx.signUp("late");
        fx.join(teacher, progressClass, keen);
        fx.join(teacher, progressClass, late);
        List<Card> cards = Cards.of(catalog.bankDeck(GradebookFixture.SLUG).orElseThrow());
        String keyPoint = mc.keyPoint();
        List<Card> its = cards.stream().filter(c -> c.keyPoint().equals(keyPoint)).toList();
        for (Card c : its) {
            fx.wellKnown(keen.id(), c.itemId(), c.id(), NOW.toEpochMilli());
            fx.review(keen.id(), c.itemId(), c.id(), NOW.toEpochMilli() - DAY);
        }
        long now = NOW.toEpochMilli();
        long practice = fx.practice(progressClass, "This week", Set.of(keyPoint),
                now - 2 * DAY, now + 2 * DAY);
        String otherKeyPoint = cards.stream().map(Card::keyPoint).filter(k -> !k.equals(keyPoint)).findFirst().orElseThrow();
        long overdue = fx.practice(progressClass, "Last week", Set.of(keyPoint, otherKeyPoint), now - 4 * DAY, now - DAY / 2);

        HttpResponse<String> page = teacher.web().get("/classes/" + progressClass + "/progress");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        String mastered = slice(body, "data-key-point=\"" + keyPoint + "\"", "</tr>");
        assertThat(mastered).contains(">1<").contains("50.0%");
        assertThat(slice(body, "data-key-point=\"" + otherKeyPoint + "\"", "</tr>")).contains(">0<").contains("0.0%");

        // half the window gone: keen did it all, late nothing
        String current = slice(body, "data-practice=\"" + practice + "\"", "</div>");
        assertThat(current).contains("50.0%").contains("data-student=\"" + late.id() + "\"")
                .doesNotContain("data-student=\"" + keen.id() + "\"");
        // overdue: keen did the cards of one key point of two, so both are behind
        String past = slice(body, "data-practice=\"" + overdue + "\"", "</div>");
        assertThat(past).contains("data-student=\"" + late.id() + "\"").contains("data-student=\"" + keen.id() + "\"");

        // the gradebook shows practice completion
        String book = teacher.web().get("/classes/" + progressClass + "/gradebook").body();
        assertThat(cell(row(book, keen.id()), practice)).contains("100.0%");
        // completion is the share of the practice's cards studied (assignment.PracticeProgress)
        long otherCards = cards.stream().filter(c -> c.keyPoint().equals(otherKeyPoint)).count();
        assertThat(otherCards).isPositive();
        assertThat(cell(row(book, keen.id()), overdue))
                .contains(Figures.percent((double) its.size() / (its.size() + otherCards)));
        assertThat(cell(row(book, late.id()), practice)).contains("0.0%");
    }

    @Test
    void csvExportsAreRfc4180WithBomAndGuardedCells() {
        long csvClass = fx.createClass(teacher, "Économie: 1/2");
        long t0 = NOW.toEpochMilli() - 3 * DAY;
        long comma = fx.memberNamed(csvClass, "smith, \"jo\"", t0);
        long formula = fx.memberNamed(csvClass, "=1+2", t0 + 1);
        long quiz = fx.quiz(csvClass, "Quiz, \"one\"", "average", t0);
        long injected = fx.quiz(csvClass, "@SUM(A1)", "last", t0 + 5);
        String[] ids = {mc.id(), second.id()};
        fx.attempt(quiz, comma, 1, t0 + 10, false, ids, new Double[]{1.0, 0.5}, new String[]{null, null});
        fx.attempt(quiz, comma, 2, t0 + 20, false, ids, new Double[]{0.0, 0.5}, new String[]{null, null});
        fx.attempt(quiz, formula, 1, t0 + 30, true, ids, new Double[]{1.0, null}, new String[]{null, null});

        HttpResponse<String> file = teacher.web().get("/classes/" + csvClass + "/gradebook.csv");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").contains("utf-8");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"economie-1-2-gradebook.csv\"");
        // comma's grade: average of 0.75 and 0.25 = 50%; formula has only an open attempt: empty
        assertThat(file.body()).isEqualTo("\uFEFF"
                + "Student,Account id,\"Quiz, \"\"one\"\" (grade %)\",'@SUM(A1) (grade %)\r\n"
                + "\"smith, \"\"jo\"\"\"," + comma + ",50.00,\r\n"
                + "'=1+2," + formula + ",,\r\n");

        HttpResponse<String> results = teacher.web().get("/classes/" + csvClass + "/assignments/" + quiz + "/results.csv");
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"economie-1-2-quiz-one-results.csv\"");
        // average grading: the per-question columns are the last submitted attempt's
        assertThat(results.body()).isEqualTo("\uFEFF"
                + "Student,Account id,Attempts,Grade (%),Q1,Q2\r\n"
                + "\"smith, \"\"jo\"\"\"," + comma + ",2,50.00,0.00,0.50\r\n"
                + "'=1+2," + formula + ",0,,,\r\n");
        assertThat(teacher.web().get("/classes/" + csvClass + "/assignments/" + injected + "/results.csv").body())
                .isEqualTo("\uFEFFStudent,Account id,Attempts,Grade (%)\r\n"
                        + "\"smith, \"\"jo\"\"\"," + comma + ",0,\r\n'=1+2," + formula + ",0,\r\n");
    }

    @Test
    void everyRouteRefusesOtherInstructorsStudentsAndForeignIdsButAdminsMayRead() {
        long otherClass = fx.createClass(other, "Their class");
        User theirStudent = fx.signUp("theirs");
        fx.join(other, otherClass, theirStudent);
        long theirQuiz = fx.quiz(otherClass, "Their quiz", "highest", NOW.toEpochMilli() - DAY);
        User member = students.get(1);
        User admin = fx.withRole("admin", Roles.ADMIN);
        List<String> classRoutes = List.of(
                "/classes/" + classId + "/gradebook",
                "/classes/" + classId + "/gradebook/students/" + member.id(),
                "/classes/" + classId + "/gradebook.csv",
                "/classes/" + classId + "/assignments/" + quizId + "/results.csv",
                "/classes/" + classId + "/assignments/" + quizId + "/statistics",
                "/classes/" + classId + "/progress");
        for (String route : classRoutes) {
            assertThat(teacher.web().get(route).statusCode()).as("owner: " + route).isEqualTo(200);
            // the class page's rule (Classrooms.managedBy): an admin may open any class
            assertThat(admin.web().get(route).statusCode()).as("admin: " + route).isEqualTo(200);
            assertThat(other.web().get(route).statusCode()).as("another instructor: " + route).isEqualTo(404);
            assertThat(member.web().get(route).statusCode()).as("a student of the class: " + route).isEqualTo(403);
            var anonymous = new app.flashpoint.support.WebSession(java.net.URI.create(server.getURL() + "/"));
            assertThat(anonymous.get(route).statusCode()).as("signed out: " + route).isEqualTo(303);
        }
        assertThat(member.web().get("/items/" + mc.id() + "/statistics").statusCode()).isEqualTo(403);

        // ids of another class under this class's URL, and ids that are not what the route expects
        List<String> foreign = List.of(
                "/classes/" + classId + "/assignments/" + theirQuiz + "/statistics",
                "/classes/" + classId + "/assignments/" + theirQuiz + "/results.csv",
                "/classes/" + classId + "/gradebook/students/" + theirStudent.id(),
                "/classes/" + classId + "/assignments/" + practiceId + "/statistics",
                "/classes/" + classId + "/assignments/" + practiceId + "/results.csv",
                "/classes/" + otherClass + "/assignments/" + quizId + "/statistics",
                "/classes/999999999/gradebook");
        for (String route : foreign) {
            assertThat(teacher.web().get(route).statusCode()).as(route).isEqualTo(404);
        }
        assertThat(other.web().get("/classes/" + otherClass + "/assignments/" + theirQuiz + "/statistics").statusCode())
                .isEqualTo(200);
    }

    // ---- reading pages ----

    private static String row(String html, long studentId) {
        return slice(html, "<tr data-student=\"" + studentId + "\"", "</tr>");
    }

    private static String cell(String row, long assignmentId) {
        return slice(row, "data-cell=\"" + assignmentId + "\"", "</td>");
    }

    private static String item(String html, String itemId) {
        int start = html.indexOf("data-item=\"" + itemId + "\"");
        assertThat(start).as("item " + itemId + " is on the page").isGreaterThanOrEqualTo(0);
        int next = html.indexOf("class=\"item-analysis\"", start);
        return html.substring(start, next < 0 ? html.length() : next);
    }

    private static String option(String html, String option) {
        String escaped = option.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;")
                .replace("<", "&lt;").replace(">", "&gt;");
        return slice(html, "data-option=\"" + escaped + "\"", "</tr>");
    }

    private static String figure(String html, String name) {
        Matcher m = Pattern.compile("data-figure=\"" + name + "\">([^<]*)<").matcher(html);
        assertThat(m.find()).as("figure " + name).isTrue();
        return m.group(1);
    }

    private static String slice(String html, String from, String to) {
        int start = html.indexOf(from);
        assertThat(start).as("found " + from).isGreaterThanOrEqualTo(0);
        int end = html.indexOf(to, start);
        return html.substring(start, end < 0 ? html.length() : end);
    }

}
