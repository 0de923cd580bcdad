package app.flashpoint.classroom;

import app.flashpoint.account.Roles;
import app.flashpoint.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Classes through the embedded server: an admin, instructors and students, each with their own cookies. */
@SharedApp
class ClassroomFlowTest {
    private static final String SLUG = "luo-interview";
    private static final String PASSWORD = "correct horse battery";

    @Inject
    EmbeddedServer server;
    @Inject
    Roles roles;

    @Test
    void anAdminMakesAnInstructorWhoseStudentJoinsAndIsRemoved() {
        User admin = admin();
        User teacher = signUp("teacher");

        // the admin page lists the account and gives it the instructor role, effective at the next sign-in
        assertThat(admin.web.get("/admin/accounts").body()).contains(teacher.username);
        HttpResponse<String> promoted = admin.web.post("/admin/accounts/" + teacher.id + "/role",
                Map.of("role", "instructor"));
        assertThat(promoted.statusCode()).isEqualTo(303);
        assertThat(admin.web.get(location(promoted)).body()).contains("next sign-in");
        assertThat(teacher.web.get("/classes/new").statusCode()).as("the old token is a student's").isEqualTo(403);
        assertThat(teacher.web.get("/progress").statusCode()).as("and the role change ended its session").isEqualTo(303);
        teacher = signIn(teacher);

        long classId = createClass(teacher, "Seminar 1");
        HttpResponse<String> classPage = teacher.web.get("/classes/" + classId);
        assertThat(classPage.statusCode()).isEqualTo(200);
        String code = joinCode(classPage);
        assertThat(code).matches("[" + JoinCodes.ALPHABET + "]{8}");
        assertThat(classPage.body()).contains("href=\"/join/" + code + "\"").contains("No students yet.");
        assertThat(teacher.web.get("/classes").body()).contains("Seminar 1");

        User student = signUp("student");
        HttpResponse<String> joinPage = student.web.get("/join/" + code);
        assertThat(joinPage.statusCode()).isEqualTo(200);
        assertThat(joinPage.body()).contains("Seminar 1").contains("id=\"join-form\"");
        assertThat(student.web.post("/join/" + code, Map.of()).statusCode()).isEqualTo(303);
        // joining twice (a second tab) is a no-op
        assertThat(student.web.post("/join/" + code.toLowerCase(), Map.of()).statusCode()).isEqualTo(303);
        assertThat(student.web.get("/join/" + code).body()).contains("data-testid=\"already-member\"");
        assertThat(student.web.get("/classes").body()).contains("data-class=\"" + classId + "\"").contains("Seminar 1");

        classPage = teacher.web.get("/classes/" + classId);
        assertThat(classPage.body()).contains(student.username)
                .containsOnlyOnce("data-student=\"" + student.id + "\"");
        HttpResponse<String> removed = teacher.web.post("/classes/" + classId + "/students/" + student.id + "/remove",
                Map.of());
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(teacher.web.get("/classes/" + classId).body()).doesNotContain(student.username).contains("No students yet.");
        assertThat(student.web.get("/classes").body()).doesNotContain("data-class=\"" + classId + "\"");
    }

    @Test
    void rolesCsrfAndOwnershipAreEnforced() {
        User teacher = instructor("owner");
        User otherTeacher = instructor("other");
        User student = signUp("pupil");
        long classId = createClass(teacher, "Private class");
        String code = joinCode(teacher.web.get("/classes/" + classId));

        // a student on instructor routes and on the admin page: 403
        assertThat(student.web.get("/classes/new").statusCode()).isEqualTo(403);
        assertThat(student.web.get("/classes/" + classId).statusCode()).isEqualTo(403);
        student.web.get("/classes");
        assertThat(student.web.post("/classes", Map.of("name", "Mine", "deck", SLUG)).statusCode()).isEqualTo(403);
        assertThat(student.web.get("/admin/accounts").statusCode()).isEqualTo(403);
        assertThat(student.web.post("/admin/accounts/" + student.id + "/role", Map.of("role", "instructor")).statusCode())
                .isEqualTo(403);
        assertThat(teacher.web.get("/admin/accounts").statusCode()).isEqualTo(403);

        // another instructor's class: 404 on every route, as if it did not exist
        assertThat(otherTeacher.web.get("/classes/" + classId).statusCode()).isEqualTo(404);
        student.web.get("/join/" + code);
        student.web.post("/join/" + code, Map.of());
        otherTeacher.web.get("/classes");
        assertThat(otherTeacher.web.post("/classes/" + classId + "/students/" + student.id + "/remove", Map.of())
                .statusCode()).isEqualTo(404);
        assertThat(otherTeacher.web.get("/classes/999999999").statusCode()).isEqualTo(404);
        assertThat(teacher.web.get("/classes/" + classId).body()).contains("data-student=\"" + student.id + "\"");

        // forms without the CSRF token: 403, and nothing changes
        assertThat(teacher.web.postRaw("/classes", Map.of("name", "No token", "deck", SLUG)).statusCode()).isEqualTo(403);
        assertThat(teacher.web.postRaw("/classes/" + classId + "/students/" + student.id + "/remove", Map.of())
                .statusCode()).isEqualTo(403);
        User late = signUp("late");
        late.web.get("/join/" + code);
        assertThat(late.web.postRaw("/join/" + code, Map.of()).statusCode()).isEqualTo(403);
        assertThat(teacher.web.get("/classes").body()).doesNotContain("No token");
        assertThat(teacher.web.get("/classes/" + classId).body()).contains("data-student=\"" + student.id + "\"")
                .doesNotContain("data-student=\"" + late.id + "\"");

        // a join code that is no class's, or not even a code: 404
        assertThat(late.web.get("/join/ZZZZZZZZ").statusCode()).isEqualTo(404);
        assertThat(late.web.get("/join/not-a-code").statusCode()).isEqualTo(404);
        assertThat(late.web.post("/join/ZZZZZZZZ", Map.of()).statusCode()).isEqualTo(404);

        // bad input: an unknown deck is refused with the form again
        teacher.web.get("/classes/new");
        HttpResponse<String> bad = teacher.web.post("/classes", Map.of("name", "X", "deck", "no-such-deck"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Choose one of the decks.");
    }

    /**
     * A new student who opens the join link signed out is sent to sign in, goes on to create an account, and
     * lands on the class's join page; a student who has only the code types it on the classes page.
     */
    @Test
    void aJoinLinkIsCarriedThroughSignUpAndACodeCanBeTyped() {
        User teacher = instructor("linker");
        long classId = createClass(teacher, "Seminar link");
        String code = joinCode(teacher.web.get("/classes/" + classId));

        var web = new WebSession(URI.create(server.getURL() + "/"));
        HttpResponse<String> signedOut = web.get("/join/" + code);
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(URLDecoder.decode(location(signedOut), StandardCharsets.UTF_8)).isEqualTo("/login?next=/join/" + code);
        String login = web.get(location(signedOut)).body();
        assertThat(URLDecoder.decode(login, StandardCharsets.UTF_8)).contains("href=\"/signup?next=/join/" + code + "\"");
        String signup = web.get("/signup?next=/join/" + code).body();
        assertThat(signup).contains("name=\"next\" value=\"/join/" + code + "\"");
        assertThat(URLDecoder.decode(signup, StandardCharsets.UTF_8)).contains("href=\"/login?next=/join/" + code + "\"");
        String username = "joiner-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> made = web.post("/signup", Map.of("username", username, "password", PASSWORD,
                "confirm", PASSWORD, "next", "/join/" + code));
        assertThat(made.statusCode()).isEqualTo(303);
        assertThat(location(made)).isEqualTo("/join/" + code);
        assertThat(web.get("/join/" + code).body()).contains("Seminar link").contains("id=\"join-form\"");
        // a crafted next leads nowhere but this site
        HttpResponse<String> elsewhere = new WebSession(URI.create(server.getURL() + "/")).get("/signup?next=//evil.example");
        assertThat(elsewhere.body()).contains("name=\"next\" value=\"/\"");

        User student = signUp("typist");
        assertThat(student.web.get("/classes").body()).contains("id=\"join-code-form\"").contains("for=\"join-code\"");
        HttpResponse<String> typed = student.web.get("/join?code=" + code.toLowerCase() + "+");
        assertThat(typed.statusCode()).isEqualTo(303);
        assertThat(student.web.get(location(typed)).body()).contains("Seminar link").contains("id=\"join-form\"");
        assertThat(location(student.web.get("/join?code=%20"))).isEqualTo("/classes");
        assertThat(student.web.get("/join?code=NOPE0000").statusCode()).isEqualTo(303);
        assertThat(student.web.get(location(student.web.get("/join?code=NOPE0000"))).statusCode()).isEqualTo(404);
    }

    // ---- helpers ----

    private record User(WebSession web, long id, String username) {
    }

    private User signUp(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/signup");
        HttpResponse<String> signedUp = web.post("/signup",
                Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD));
        assertThat(signedUp.statusCode()).isEqualTo(303);
        return new User(web, subject(web), username);
    }

    /** A fresh sign-in, which is when a changed role reaches the token. */
    private User signIn(User user) {
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/login");
        assertThat(web.post("/login", Map.of("username", user.username, "password", PASSWORD)).statusCode())
                .isEqualTo(303);
        return new User(web, subject(web), user.username);
    }

    private User admin() {
        User user = signUp("admin");
        roles.promote(user.id, Roles.ADMIN);
        return signIn(user);
    }

    private User instructor(String prefix) {
        User user = signUp(prefix);
        roles.promote(user.id, Roles.INSTRUCTOR);
        return signIn(user);
    }

    private long createClass(User teacher, String name) {
        assertThat(teacher.web.get("/classes/new").statusCode()).isEqualTo(200);
        HttpResponse<String> created = teacher.web.post("/classes", Map.of("name", name, "deck", SLUG));
        assertThat(created.statusCode()).isEqualTo(303);
        return Long.parseLong(location(created).replace("/classes/", ""));
    }

    private static String joinCode(HttpResponse<String> classPage) {
        Matcher m = Pattern.compile("data-testid=\"join-code\">([^<]+)<").matcher(classPage.body());
        assertThat(m.find()).as("the class page shows its join code").isTrue();
        return m.group(1);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static long subject(WebSession web) {
        return web.accountId();
    }
}
