package app.flashpoint.privacy;

import app.flashpoint.account.Roles;
import app.flashpoint.support.SharedApp;
import app.flashpoint.support.WebSession;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account page a signed-up learner meets: name, time zone and daily goal (and what they change on the home
 * page, the study day and the gradebook), downloading every row kept about them, and deleting the account.
 */
@SharedApp
class AccountPageTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String SLUG = "luo-interview";

    @Inject
    EmbeddedServer server;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    JsonMapper json;
    @Inject
    Roles roles;

    private record Learner(WebSession web, long id, String username) {
    }

    private Learner signUp(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        WebSession web = WebSession.signedUp(URI.create(server.getURL() + "/"), username, PASSWORD);
        return new Learner(web, web.accountId(), username);
    }

    private HttpResponse<String> saveProfile(Learner me, String name, String zone, String goal) {
        me.web.get("/account");
        return me.web.post("/account/profile", Map.of("displayName", name, "timeZone", zone, "dailyGoal", goal));
    }

    @Test
    void theProfileIsSavedWithAToastAndBadFieldsAreExplainedBesideThem() {
        Learner me = signUp("profile");
        HttpResponse<String> saved = saveProfile(me, "  Ada Lovelace ", "Europe/Paris", "35");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).contains("/account");
        String page = me.web.get("/account").body();
        assertThat(page).contains("data-testid=\"toast\"").contains("Saved: your name, time zone and daily goal.")
                .contains("value=\"Ada Lovelace\"").contains("<option value=\"Europe/Paris\" selected=\"selected\">")
                .contains("value=\"35\"");
        assertThat(me.web.get("/account").body()).as("a toast is shown once").doesNotContain("data-testid=\"toast\"");

        HttpResponse<String> bad = saveProfile(me, "x".repeat(61), "Mars/Olympus_Mons", "0");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("At most 60 characters.").contains("Choose a time zone from the list")
                .contains("Enter a whole number from 1 to 1000.").contains("value=\"" + "x".repeat(61) + "\"");
        assertThat(me.web.get("/account").body()).as("nothing saved").contains("value=\"Ada Lovelace\"")
                .contains("value=\"35\"");
        assertThat(me.web.get("/").body()).contains("0 of 35 answers today");
    }

    /**
     * A review given just before midnight in one zone is yesterday there and today in a zone whose day began
     * earlier: the home page's goal and the study day's "answered today" follow the zone the learner chose.
     */
    @Test
    void theStudyDayAndTheDailyGoalFollowTheChosenTimeZone() {
        Instant now = Instant.now();
        List<ZoneId> zones = List.of("Pacific/Pago_Pago", "Pacific/Honolulu", "America/Los_Angeles", "America/New_York",
                "UTC", "Europe/Berlin", "Asia/Dubai", "Asia/Kolkata", "Asia/Tokyo", "Pacific/Auckland", "Pacific/Kiritimati")
                .stream().map(ZoneId::of).toList();
        Comparator<ZoneId> byMidnight = Comparator.comparing(z -> midnight(now, z));
        ZoneId latest = zones.stream().max(byMidnight).orElseThrow();
        ZoneId earliest = zones.stream().min(byMidnight).orElseThrow();
        Instant reviewed = midnight(now, latest).minusSeconds(60);
        assertThat(reviewed).isAfter(midnight(now, earliest));

        Learner me = signUp("zone");
        insertReview(me.id, reviewed.toEpochMilli());

        assertThat(saveProfile(me, "", earliest.getId(), "10").statusCode()).isEqualTo(303);
        assertThat(me.web.get("/").body()).contains("1 of 10 answers today");
        assertThat(me.web.getJson("/api/study/" + SLUG + "/next").body()).contains("\"answeredToday\":1");

        assertThat(saveProfile(me, "", latest.getId(), "10").statusCode()).isEqualTo(303);
        assertThat(me.web.get("/").body()).contains("0 of 10 answers today");
        assertThat(me.web.getJson("/api/study/" + SLUG + "/next").body()).contains("\"answeredToday\":0");
    }

    @Test
    void theHomePageCountsTheStreakInTheLearnersDays() {
        Learner me = signUp("streak");
        ZoneId zone = ZoneId.of("Europe/Paris");
        assertThat(saveProfile(me, "", zone.getId(), "2").statusCode()).isEqualTo(303);
        assertThat(me.web.get("/").body()).contains("No streak yet: study today to start one.")
                .contains("0 of 2 answers today");
        LocalDate today = LocalDate.now(zone);
        for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
            insertReview(me.id, today.minusDays(daysAgo).atTime(12, 0).atZone(zone).toInstant().toEpochMilli());
        }
        assertThat(me.web.get("/").body()).contains("3-day streak: study today to keep it");
        insertReview(me.id, Instant.now().minusSeconds(1).toEpochMilli());
        insertReview(me.id, Instant.now().toEpochMilli());
        assertThat(me.web.get("/").body()).contains("4-day streak<").contains("Daily goal reached: 2 answers today");
    }

    @Test
    void theInstructorSeesTheDisplayNameBesideTheUsername() {
        Learner teacher = instructor();
        long classId = createClass(teacher);
        Learner student = signUp("named");
        join(teacher, classId, student);
        assertThat(saveProfile(student, "Grace Hopper", "", "20").statusCode()).isEqualTo(303);
        assertThat(teacher.web.get("/classes/" + classId).body()).contains("Grace Hopper (" + student.username + ")");
    }

    @Test
    void theDownloadHoldsEveryAnswerButNoSecretAndTheLogFeedsTheOptimizer() throws IOException {
        Learner me = signUp("download");
        for (int i = 0; i < 3; i++) {
            insertReview(me.id, Instant.now().minusSeconds(3600L * (i + 1)).toEpochMilli());
        }
        HttpResponse<byte[]> file = me.web.getBytes("/account/data.json");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("attachment;").contains("flashpoint-" + me.username + "-data.json"));
        String text = new String(file.body(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("password").doesNotContain("$2a$").doesNotContain("$2b$");
        Map<?, ?> data = json.readValue(text, Map.class);
        assertThat(data.get("format")).isEqualTo("flashpoint-personal-data-1");
        assertThat((List<?>) data.get("reviewLog")).hasSize(3);
        assertThat(((Map<?, ?>) ((List<?>) data.get("account")).get(0)).get("username")).isEqualTo(me.username);

        HttpResponse<String> log = me.web.get("/account/review-log.csv");
        assertThat(log.statusCode()).isEqualTo(200);
        List<String> lines = log.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("card_id,review_rating,review_time,review_duration,deck,card");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).matches("1,3,\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z,4000," + SLUG + ",.+");

        HttpResponse<String> fitted;
        try {
            fitted = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/api/fsrs/optimize"))
                    .header("Content-Type", "text/csv").header("Accept", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(log.body())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(fitted.statusCode()).isEqualTo(200);
        assertThat(fitted.body()).contains("\"reviews\":3");

        Learner other = signUp("other");
        assertThat(other.web.get("/account/review-log.csv").body().lines()).hasSize(1);
    }

    @Test
    void deletingTheAccountNeedsThePasswordAndKeepsOnlyAnAnonymousGrade() {
        Learner teacher = instructor();
        long classId = createClass(teacher);
        Learner student = signUp("leaving");
        join(teacher, classId, student);
        insertReview(student.id, Instant.now().toEpochMilli());
        long attempt = insertSubmittedAttempt(classId, student.id);

        assertThat(student.web.get("/account/delete").body()).contains("This cannot be undone");
        HttpResponse<String> wrong = student.web.post("/account/delete", Map.of("password", "not my password"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("That is not your password. Nothing was deleted.");
        assertThat(count("SELECT COUNT(*) FROM review_log WHERE account_id = ?", student.id)).isEqualTo(1);

        HttpResponse<String> deleted = student.web.post("/account/delete", Map.of("password", PASSWORD));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).contains("/");
        assertThat(student.web.get("/").body()).contains("Your account and its study data are deleted.")
                .contains("Sign in");
        assertThat(count("SELECT COUNT(*) FROM review_log WHERE account_id = ?", student.id)).isZero();
        assertThat(count("SELECT COUNT(*) FROM account WHERE id = ? AND username IS NULL AND password_hash IS NULL",
                student.id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM attempt WHERE id = ?", attempt)).isEqualTo(1);
        assertThat(teacher.web.get("/classes/" + classId + "/gradebook").body()).contains("Deleted account")
                .doesNotContain(student.username);

        WebSession again = new WebSession(URI.create(server.getURL() + "/"));
        again.get("/login");
        assertThat(again.post("/login", Map.of("username", student.username, "password", PASSWORD))
                .headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("failed"));
    }

    /** Decks of one's own that nobody else uses go with the account, and so does a file waiting for its import. */
    @Test
    void anImportersPrivateDeckAndPendingUploadGoWithTheAccount() {
        Learner me = signUp("owner");
        me.web.get("/import");
        HttpResponse<String> created = me.web.postFile("/api/decks/import?format=tsv&title=Mine", "text/plain",
                "front one\tback one\nfront two\tback two\n".getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).isEqualTo(201);
        String slug = created.body().replaceAll(".*\"deck\":\"([^\"]+)\".*", "$1");
        assertThat(me.web.getJson("/api/study/" + slug + "/next").statusCode()).isEqualTo(200);
        assertThat(me.web.postMultipart("/import", Map.of("format", "tsv", "title", ""), "file", "waiting.tsv",
                "a\tb\n".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM pending_import WHERE account_id = ?", me.id)).isEqualTo(1);

        assertThat(me.web.get("/account/delete").body()).doesNotContain("delete-refused");
        assertThat(me.web.post("/account/delete", Map.of("password", PASSWORD)).statusCode()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM pending_import WHERE account_id = ?", me.id)).isZero();
        assertThat(count("SELECT COUNT(*) FROM deck WHERE owner_id = ?", me.id)).isZero();
        assertThat(countFor("SELECT COUNT(*) FROM item WHERE deck_slug = ?", slug)).isZero();
        assertThat(countFor("SELECT COUNT(*) FROM key_point WHERE deck_slug = ?", slug)).isZero();
    }

    @Test
    void anInstructorWithAClassIsToldWhyTheAccountCannotGoYet() {
        Learner teacher = instructor();
        createClass(teacher);
        assertThat(teacher.web.get("/account/delete").body()).contains("data-testid=\"delete-refused\"")
                .contains("You teach 1 class");
        HttpResponse<String> refused = teacher.web.post("/account/delete", Map.of("password", PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(count("SELECT COUNT(*) FROM account WHERE id = ? AND username IS NOT NULL", teacher.id)).isEqualTo(1);
    }

    private static Instant midnight(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    private Learner instructor() {
        Learner user = signUp("teacher");
        roles.promote(user.id, Roles.INSTRUCTOR);
        WebSession web = WebSession.signedIn(URI.create(server.getURL() + "/"), user.username, PASSWORD);
        return new Learner(web, user.id, user.username);
    }

    private long createClass(Learner teacher) {
        teacher.web.get("/classes/new");
        HttpResponse<String> created = teacher.web.post("/classes", Map.of("name", "Seminar " + teacher.id, "deck", SLUG));
        assertThat(created.statusCode()).isEqualTo(303);
        return Long.parseLong(created.headers().firstValue("Location").orElseThrow().replace("/classes/", ""));
    }

    private void join(Learner teacher, long classId, Learner student) {
        Matcher m = Pattern.compile("data-testid=\"join-code\">([^<]+)<").matcher(teacher.web.get("/classes/" + classId).body());
        assertThat(m.find()).isTrue();
        student.web.get("/join/" + m.group(1));
        assertThat(student.web.post("/join/" + m.group(1), Map.of()).statusCode()).isEqualTo(303);
    }

    private String firstItem() {
        return tx.executeRead(status -> {
            try (var q = status.getConnection().prepareStatement(
                    "SELECT id FROM item WHERE deck_slug = ? ORDER BY position LIMIT 1")) {
                q.setString(1, SLUG);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    /** A Good study answer at {@code at}, written as the answer writer writes one. */
    private void insertReview(long accountId, long at) {
        String item = firstItem();
        tx.executeWrite(status -> {
            try (var insert = status.getConnection().prepareStatement("INSERT INTO review_log (account_id, deck_slug, "
                    + "item_id, card_id, mode, rating, reviewed_at, duration_ms, answer_token) VALUES (?, ?, ?, ?, 'review', "
                    + "3, ?, 4000, ?)")) {
                insert.setLong(1, accountId);
                insert.setString(2, SLUG);
                insert.setString(3, item);
                insert.setString(4, item + "#" + at);
                insert.setLong(5, at);
                insert.setString(6, UUID.randomUUID().toString());
                return insert.executeUpdate();
            }
        });
    }

    private long insertSubmittedAttempt(long classId, long accountId) {
        long now = Instant.now().toEpochMilli();
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            long assignment;
            try (var insert = c.prepareStatement("INSERT INTO assignment (classroom_id, kind, title, blueprint, open_at, "
                    + "grading, shuffle_questions, shuffle_options, feedback, created_at) VALUES (?, 'quiz', 'Week 1', "
                    + "'{\"keyPoints\":[],\"families\":[],\"kinds\":[],\"count\":1}', ?, 'highest', ?, ?, 'after_submit', ?) "
                    + "RETURNING id")) {
                insert.setLong(1, classId);
                insert.setLong(2, now - 60_000);
                insert.setBoolean(3, false);
                insert.setBoolean(4, false);
                insert.setLong(5, now - 60_000);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    assignment = rs.getLong(1);
                }
            }
            try (var insert = c.prepareStatement("INSERT INTO attempt (assignment_id, account_id, number, seed, questions, "
                    + "started_at, submitted_at, score) VALUES (?, ?, 1, 7, '[]', ?, ?, 0.5) RETURNING id")) {
                insert.setLong(1, assignment);
                insert.setLong(2, accountId);
                insert.setLong(3, now - 30_000);
                insert.setLong(4, now - 10_000);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private long countFor(String sql, String slug) {
        return tx.executeRead(status -> {
            try (var q = status.getConnection().prepareStatement(sql)) {
                q.setString(1, slug);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private long count(String sql, long id) {
        return tx.executeRead(status -> {
            try (var q = status.getConnection().prepareStatement(sql)) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
