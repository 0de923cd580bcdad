package app.flashpoint.system;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V17 on SQLite, which rebuilds the two answer tables to change their CHECK constraint: answers written before it
 * under the old name of a close mark come out as CLOSE, with every other column and row kept, and the old name is
 * refused afterwards.
 */
class CloseMarksMigrationTest {
    @Test
    void closeAnswersStoredUnderTheOldNameAreRenamedAndNothingElseChanges() throws Exception {
        String url = "jdbc:sqlite:" + Files.createTempDirectory("flashpoint-v17").resolve("db") + "?foreign_keys=true";
        migrate(url, "16");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO account (id, username, password_hash, role, guest, created_at) "
                    + "VALUES (1, 'learner', 'x', 'student', 0, 0)");
            s.executeUpdate("INSERT INTO deck (slug, title, description, documents, content_hash) "
                    + "VALUES ('d', 'D', '', '[]', 'h')");
            s.executeUpdate("INSERT INTO self_test (id, account_id, deck_slug, blueprint, seed, questions, "
                    + "question_count, feedback, started_at) VALUES (1, 1, 'd', '{}', 7, '[]', 2, 'end', 0)");
            s.executeUpdate("INSERT INTO self_test_answer (id, self_test_id, number, response, mark, score, answered_at) "
                    + "VALUES (1, 1, 1, '\"chaos\"', 'CORRECT_WITH_TYPO', 1.0, 5), (2, 1, 2, '\"no\"', 'WRONG', 0, 6)");
        }
        migrate(url, null);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            var rows = s.executeQuery("SELECT id, number, response, mark, score, answered_at FROM self_test_answer ORDER BY id");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("mark")).isEqualTo("CLOSE");
            assertThat(rows.getString("response")).isEqualTo("\"chaos\"");
            assertThat(rows.getDouble("score")).isEqualTo(1.0);
            assertThat(rows.getLong("answered_at")).isEqualTo(5);
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("mark")).isEqualTo("WRONG");
            assertThat(rows.next()).isFalse();
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO self_test_answer (self_test_id, number, response, "
                    + "mark, score, answered_at) VALUES (1, 3, '\"x\"', 'CORRECT_WITH_TYPO', 1, 7)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("CHECK");
            var index = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'attempt_answer_item'");
            assertThat(index.next()).as("the rebuilt attempt_answer keeps its index").isTrue();
        }
    }

    private static void migrate(String url, String target) {
        var config = Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration/sqlite");
        if (target != null) {
            config.target(target);
        }
        config.load().migrate();
    }
}
