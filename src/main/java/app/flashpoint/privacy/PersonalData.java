package app.flashpoint.privacy;

import app.flashpoint.account.AccountClosing;
import app.flashpoint.deck.DeckRemoval;
import app.flashpoint.history.PersonalHistory;
import app.flashpoint.system.ResultRows;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row Flashpoint keeps about one learner, by table, for "download all my data", and the rows that go when
 * the account is deleted. Class attempts stay (the instructor's grades) under the now nameless account.
 * Password hashes, session ids and reset tokens are never exported.
 */
@Singleton
class PersonalData {
    /** Section name → a query of the learner's rows, its one parameter the account id. */
    private static final Map<String, String> EXPORTED = exported();

    /** Deleted in this order (children before parents), each with the account id as its one parameter. */
    private static final List<String> ERASED = List.of(
            "DELETE FROM study_settings WHERE account_id = ?",
            "DELETE FROM study_goal WHERE account_id = ?",
            "DELETE FROM fsrs_weights WHERE account_id = ?",
            "DELETE FROM fsrs_fit_job WHERE account_id = ?",
            "DELETE FROM self_test_answer WHERE self_test_id IN (SELECT id FROM self_test WHERE account_id = ?)",
            "DELETE FROM self_test WHERE account_id = ?",
            "DELETE FROM cram_card WHERE cram_session_id IN (SELECT id FROM cram_session WHERE account_id = ?)",
            "DELETE FROM cram_session WHERE account_id = ?",
            "DELETE FROM pending_import WHERE account_id = ?",
            "DELETE FROM import_job WHERE account_id = ?");

    private final JdbcOperations jdbc;
    private final PersonalHistory history;
    private final AccountClosing closing;
    private final DeckRemoval decks;

    PersonalData(JdbcOperations jdbc, PersonalHistory history, AccountClosing closing, DeckRemoval decks) {
        this.jdbc = jdbc;
        this.history = history;
        this.closing = closing;
        this.decks = decks;
    }

    private static Map<String, String> exported() {
        var q = new LinkedHashMap<String, String>();
        q.put("account", "SELECT id, username, role, created_at FROM account WHERE id = ?");
        q.put("profile", "SELECT display_name, time_zone, daily_goal FROM account_profile WHERE account_id = ?");
        q.put("theme", "SELECT theme FROM account_theme WHERE account_id = ?");
        q.put("studySettings", "SELECT deck_slug, desired_retention, new_per_day, reviews_per_day FROM study_settings "
                + "WHERE account_id = ? ORDER BY deck_slug");
        q.put("studyGoals", "SELECT deck_slug, title, goal_at, target_recall, key_points, created_at FROM study_goal "
                + "WHERE account_id = ? ORDER BY goal_at, id");
        q.put("fsrsWeights", "SELECT weights, fit_kind, review_count, item_count, log_loss, rmse_bins, millis "
                + "FROM fsrs_weights WHERE account_id = ?");
        q.put("selfTests", "SELECT id, deck_slug, blueprint, question_count, time_limit_seconds, feedback, started_at, "
                + "finished_at, score FROM self_test WHERE account_id = ? ORDER BY started_at, id");
        q.put("selfTestAnswers", "SELECT a.* FROM self_test_answer a JOIN self_test t ON t.id = a.self_test_id "
                + "WHERE t.account_id = ? ORDER BY a.self_test_id");
        q.put("cramSessions", "SELECT id, deck_slug, key_points, started_at, finished_at FROM cram_session "
                + "WHERE account_id = ? ORDER BY started_at, id");
        q.put("cramCards", "SELECT c.* FROM cram_card c JOIN cram_session s ON s.id = c.cram_session_id "
                + "WHERE s.account_id = ? ORDER BY c.cram_session_id, c.id");
        q.put("classes", "SELECT c.name AS class_name, c.deck_slug, m.joined_at FROM classroom_member m "
                + "JOIN classroom c ON c.id = m.classroom_id WHERE m.account_id = ? ORDER BY m.joined_at");
        q.put("attempts", "SELECT a.id, s.title AS assignment, a.number, a.started_at, a.deadline_at, a.submitted_at, "
                + "a.score FROM attempt a JOIN assignment s ON s.id = a.assignment_id WHERE a.account_id = ? "
                + "ORDER BY a.started_at, a.id");
        q.put("attemptAnswers", "SELECT x.* FROM attempt_answer x JOIN attempt a ON a.id = x.attempt_id "
                + "WHERE a.account_id = ? ORDER BY x.attempt_id, x.id");
        q.put("imports", "SELECT file_name, title, stage, deck_slug, report, started_at, updated_at FROM import_job "
                + "WHERE account_id = ? ORDER BY started_at, id");
        return q;
    }

    /** Section → rows, each row column → value, in the database's own types (numbers, text, null). */
    @Transactional(readOnly = true)
    Map<String, List<Map<String, Object>>> export(long accountId) {
        var out = new LinkedHashMap<String, List<Map<String, Object>>>();
        EXPORTED.forEach((section, sql) -> out.put(section, rows(sql, accountId)));
        out.put("cardStates", history.cardStates(accountId));
        out.put("cardFlags", history.cardFlags(accountId));
        out.put("reviewLog", history.answers(accountId));
        return out;
    }

    /** The learner's scheduled reviews, oldest first: what the FSRS optimizer reads. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> reviews(long accountId) {
        return history.studyAnswers(accountId);
    }

    /**
     * Why the account may not delete itself now, or null when it may. Its private decks that no class uses go with
     * it; classes it teaches and decks others may have used (public, or in a class) hold it back.
     */
    @Transactional(readOnly = true)
    String refusal(long accountId, String role) {
        long classes = count("SELECT COUNT(*) FROM classroom WHERE instructor_id = ?", accountId);
        int shared = decks.sharedDecksOf(accountId).size();
        if (classes > 0 || shared > 0) {
            return "You teach " + classes + (classes == 1 ? " class" : " classes") + " and own " + shared
                    + (shared == 1 ? " deck" : " decks") + " that others use (public, or in a class): their students' "
                    + "work depends on them. Delete the classes and make the decks private first.";
        }
        if ("admin".equals(role) && count("SELECT COUNT(*) FROM account WHERE role = 'admin' AND id <> ?", accountId) == 0) {
            return "You are the only admin: make another account an admin first, or nobody can manage accounts.";
        }
        return null;
    }

    /**
     * Deletes the account: its study data and uploads, then its sign-in (the row stays, nameless), in one
     * transaction. Its sessions end after the commit ({@link AccountClosing#endSessions}), not here.
     */
    @Transactional
    void delete(long accountId) {
        erase(accountId);
        decks.removeUnsharedDecksOf(accountId);
        closing.close(accountId);
    }

    private void erase(long accountId) {
        history.erase(accountId);
        for (String sql : ERASED) {
            jdbc.prepareStatement(sql, statement -> {
                statement.setLong(1, accountId);
                return statement.executeUpdate();
            });
        }
    }

    private long count(String sql, long accountId) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, accountId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private List<Map<String, Object>> rows(String sql, long accountId) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, accountId);
            try (ResultSet rs = statement.executeQuery()) {
                return ResultRows.of(rs);
            }
        });
    }
}
