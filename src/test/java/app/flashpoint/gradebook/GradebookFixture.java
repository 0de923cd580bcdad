package app.flashpoint.gradebook;

import app.flashpoint.account.Roles;
import app.flashpoint.support.WebSession;
import io.micronaut.transaction.TransactionOperations;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test data for the gradebook: people through the real sign-up and class pages, and assignments, attempts,
 * answers and reviews as rows through the app's own connection (the attempt-taking pages are another
 * feature's), in the shapes the V8 schema documents.
 */
final class GradebookFixture {
    static final String SLUG = "luo-interview";
    private static final String PASSWORD = "correct horse battery";

    private final URI base;
    private final Roles roles;
    private final TransactionOperations<Connection> tx;

    GradebookFixture(String url, Roles roles, TransactionOperations<Connection> tx) {
        this.base = URI.create(url + "/");
        this.roles = roles;
        this.tx = tx;
    }

    record User(WebSession web, long id, String username) {
    }

    User signUp(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var web = new WebSession(base);
        web.get("/signup");
        assertThat(web.post("/signup", Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD))
                .statusCode()).isEqualTo(303);
        return new User(web, subject(web), username);
    }

    User instructor(String prefix) {
        User user = signUp(prefix);
        roles.promote(user.id(), Roles.INSTRUCTOR);
        var web = new WebSession(base);
        web.get("/login");
        assertThat(web.post("/login", Map.of("username", user.username(), "password", PASSWORD)).statusCode())
                .isEqualTo(303);
        return new User(web, user.id(), user.username());
    }

    long createClass(User teacher, String name) {
        teacher.web().get("/classes/new");
        HttpResponse<String> created = teacher.web().post("/classes", Map.of("name", name, "deck", SLUG));
        assertThat(created.statusCode()).isEqualTo(303);
        return Long.parseLong(created.headers().firstValue("Location").orElseThrow().replace("/classes/", ""));
    }

    void join(User teacher, long classId, User student) {
        Matcher m = Pattern.compile("data-testid=\"join-code\">([^<]+)<")
                .matcher(teacher.web().get("/classes/" + classId).body());
        assertThat(m.find()).isTrue();
        student.web().get("/join/" + m.group(1));
        assertThat(student.web().post("/join/" + m.group(1), Map.of()).statusCode()).isEqualTo(303);
    }

    /** An account that never signed up through the pages (its name can hold what sign-up refuses), in a class. */
    long memberNamed(long classId, String username, long joinedAt) {
        long id = insert("INSERT INTO account (username, password_hash, role, guest, created_at) VALUES (?, NULL, "
                + "'student', ?, ?) RETURNING id", username, false, joinedAt);
        insert("INSERT INTO classroom_member (classroom_id, account_id, joined_at) VALUES (?, ?, ?) RETURNING id",
                classId, id, joinedAt);
        return id;
    }

    long quiz(long classId, String title, String grading, long openAt) {
        return insert("INSERT INTO assignment (classroom_id, kind, title, blueprint, open_at, close_at, due_at, "
                + "time_limit_seconds, attempts_allowed, grading, shuffle_questions, shuffle_options, feedback, "
                + "created_at) VALUES (?, 'quiz', ?, '{}', ?, NULL, NULL, NULL, NULL, ?, ?, ?, 'after_submit', ?) "
                + "RETURNING id", classId, title, openAt, grading, false, false, openAt);
    }

    long practice(long classId, String title, String blueprint, long openAt, long dueAt) {
        return insert("INSERT INTO assignment (classroom_id, kind, title, blueprint, open_at, close_at, due_at, "
                + "time_limit_seconds, attempts_allowed, grading, shuffle_questions, shuffle_options, feedback, "
                + "created_at) VALUES (?, 'practice', ?, ?, ?, NULL, ?, NULL, NULL, 'highest', ?, ?, 'immediate', ?) "
                + "RETURNING id", classId, title, blueprint, openAt, dueAt, false, false, openAt);
    }

    /**
     * An attempt: {@code items[i]} is question i+1; {@code scores[i]} its score (null: not answered),
     * {@code options[i]} the chosen option (or null). Submitted with the mean score unless {@code open}.
     */
    long attempt(long assignmentId, long accountId, int number, long startedAt, boolean open, String[] items,
                 Double[] scores, String[] options) {
        var questions = new StringBuilder("[");
        double total = 0;
        for (int i = 0; i < items.length; i++) {
            questions.append(i == 0 ? "" : ",").append("{\"number\":").append(i + 1).append(",\"itemId\":\"")
                    .append(items[i]).append("\",\"ordinal\":0,\"displaySeed\":").append(7 * i).append('}');
            total += scores[i] == null ? 0 : scores[i];
        }
        questions.append(']');
        long id = insert("INSERT INTO attempt (assignment_id, account_id, number, seed, questions, started_at, "
                + "deadline_at, submitted_at, score) VALUES (?, ?, ?, 42, ?, ?, NULL, ?, ?) RETURNING id",
                assignmentId, accountId, number, questions.toString(), startedAt,
                open ? null : startedAt + 60_000, open ? null : total / items.length);
        for (int i = 0; i < items.length; i++) {
            if (scores[i] == null) {
                continue;
            }
            String response = options[i] != null ? "{\"choice\":\"" + options[i] + "\"}" : "{\"typed\":\"answer " + i + "\"}";
            insert("INSERT INTO attempt_answer (attempt_id, number, item_id, response, chosen_option, mark, score, "
                    + "saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", id, i + 1, items[i], response, options[i],
                    scores[i] >= 1 ? "CORRECT" : "WRONG", scores[i], startedAt + 1000);
        }
        return id;
    }

    void review(long accountId, String itemId, String cardId, long at) {
        insert("INSERT INTO review_log (account_id, deck_slug, item_id, card_id, mode, rating, reviewed_at, duration_ms, "
                + "answer_token) VALUES (?, ?, ?, ?, 'review', 3, ?, 3000, ?) RETURNING id", accountId, SLUG, itemId,
                cardId, at, UUID.randomUUID().toString());
    }

    /** A reviewed card with a long stability, reviewed a day ago: its recall now is near 1. */
    void wellKnown(long accountId, String itemId, String cardId, long now) {
        insert("INSERT INTO card_state (account_id, deck_slug, item_id, card_id, state, step, stability, difficulty, "
                + "due, last_review, reps, lapses) VALUES (?, ?, ?, ?, 'REVIEW', 0, 3650.0, 3.0, ?, ?, 5, 0) RETURNING id",
                accountId, SLUG, itemId, cardId, now + 3_000_000_000L, now - 86_400_000L);
    }

    private long insert(String sql, Object... values) {
        return tx.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    Object v = values[i];
                    if (v instanceof Boolean b) {
                        statement.setBoolean(i + 1, b);
                    } else {
                        statement.setObject(i + 1, v);
                    }
                }
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        });
    }

    private static long subject(WebSession web) {
        String jwt = web.cookie("JWT").orElseThrow().getValue();
        String claims = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Long.parseLong(claims.replaceAll(".*\"sub\":\"(\\d+)\".*", "$1"));
    }
}
