package app.flashpoint.gradebook;

import app.flashpoint.account.Roles;
import app.flashpoint.assignment.AssignmentRepository;
import app.flashpoint.assignment.AssignmentRow;
import app.flashpoint.assignment.AttemptAnswerRepository;
import app.flashpoint.assignment.AttemptRepository;
import app.flashpoint.core.generate.cards.Mark;
import app.flashpoint.core.generate.cards.Response;
import app.flashpoint.core.grading.GradingMethod;
import app.flashpoint.quiz.Blueprint;
import app.flashpoint.quiz.Drawn;
import app.flashpoint.quiz.ResponseCodec;
import io.micronaut.json.JsonMapper;
import app.flashpoint.support.WebSession;
import io.micronaut.transaction.TransactionOperations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test data for the gradebook: people through the real sign-up and class pages; assignments, attempts and
 * answers through the assignment feature's repositories and codecs (the shapes its attempt pages write, but
 * with scores fixed by hand); reviews and card states as rows through the app's own connection.
 */
final class GradebookFixture {
    static final String SLUG = "luo-interview";
    private static final String PASSWORD = "correct horse battery";

    private final URI base;
    private final Roles roles;
    private final TransactionOperations<Connection> tx;
    private final App app;

    /** The assignment feature's own writers, so attempts here have exactly the shape a real attempt has. */
    record App(AssignmentRepository assignments, AttemptRepository attempts, AttemptAnswerRepository answers,
               ResponseCodec codec, JsonMapper json) {
    }

    GradebookFixture(String url, Roles roles, TransactionOperations<Connection> tx, App app) {
        this.base = URI.create(url + "/");
        this.roles = roles;
        this.tx = tx;
        this.app = app;
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
        return withRole(prefix, Roles.INSTRUCTOR);
    }

    /** Signed in again after the role change, which takes effect at the next sign-in. */
    User withRole(String prefix, String role) {
        User user = signUp(prefix);
        roles.promote(user.id(), role);
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
        return app.assignments().save(new AssignmentRow(null, classId, AssignmentRow.QUIZ, title,
                write(new Blueprint(Set.of(), Set.of(), Set.of(), 3)), openAt, null, null, null, null, grading, false,
                false, AssignmentRow.AFTER_SUBMIT, openAt, 1.0, null)).id();
    }

    /** A practice as the assignment form saves it: its key point ids in the blueprint, no questions. */
    long practice(long classId, String title, Set<String> keyPoints, long openAt, long dueAt) {
        return app.assignments().save(new AssignmentRow(null, classId, AssignmentRow.PRACTICE, title,
                write(new Blueprint(keyPoints, Set.of(), Set.of(), 0)), openAt, null, dueAt, null, null,
                GradingMethod.HIGHEST.dbName(), false, false, AssignmentRow.IMMEDIATE, openAt, 1.0, null)).id();
    }

    /**
     * An attempt, written as the assignment feature writes one (its repositories, selftest's Drawn list and
     * ResponseCodec): {@code items[i]} is question i+1; {@code scores[i]} its score (null: not answered),
     * {@code options[i]} the chosen option (or null: a typed answer). Submitted with the mean score unless
     * {@code open}.
     */
    long attempt(long assignmentId, long accountId, int number, long startedAt, boolean open, String[] items,
                 Double[] scores, String[] options) {
        var drawn = new ArrayList<Drawn>();
        double total = 0;
        for (int i = 0; i < items.length; i++) {
            drawn.add(new Drawn(i + 1, items[i], 0, 7L * i));
            total += scores[i] == null ? 0 : scores[i];
        }
        assertThat(app.attempts().begin(assignmentId, accountId, number, 42, write(drawn), startedAt, null))
                .isEqualTo(1);
        long id = app.attempts().findByAssignmentIdAndAccountIdAndNumber(assignmentId, accountId, number)
                .orElseThrow().id();
        for (int i = 0; i < items.length; i++) {
            if (scores[i] == null) {
                continue;
            }
            Response response = options[i] != null ? new Response.Choice(options[i]) : new Response.Typed("answer " + i);
            app.answers().upsert(id, i + 1, items[i], app.codec().encode(response), options[i],
                    (scores[i] >= 1 ? Mark.CORRECT : Mark.WRONG).name(), scores[i], startedAt + 1000);
        }
        if (!open) {
            app.attempts().submit(id, startedAt + 60_000, total / items.length);
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

    private String write(Object value) {
        try {
            return app.json().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return web.accountId();
    }
}
