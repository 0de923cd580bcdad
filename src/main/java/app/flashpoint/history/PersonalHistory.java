package app.flashpoint.history;

import app.flashpoint.system.ResultRows;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

/**
 * One learner's study history as rows (column → value), for "download all my data", and its erasure when the
 * account is deleted. This package owns review_log, card_state and study_stamp, so it is the one to read and
 * delete them for the privacy feature.
 */
@Singleton
public class PersonalHistory {
    private final JdbcOperations jdbc;

    PersonalHistory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Every answer (study, cram, self-test), oldest first. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> answers(long accountId) {
        return rows("SELECT deck_slug, item_id, card_id, mode, rating, reviewed_at, duration_ms FROM review_log "
                + "WHERE account_id = ? ORDER BY reviewed_at, id", accountId);
    }

    /** The scheduled study answers only, oldest first: what the FSRS optimizer reads. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> studyAnswers(long accountId) {
        return rows("SELECT deck_slug, card_id, rating, reviewed_at, duration_ms FROM review_log "
                + "WHERE account_id = ? AND mode = 'review' ORDER BY reviewed_at, id", accountId);
    }

    @Transactional(readOnly = true)
    public List<Map<String, Object>> cardStates(long accountId) {
        return rows("SELECT deck_slug, item_id, card_id, state, step, stability, difficulty, due, last_review, reps, "
                + "lapses FROM card_state WHERE account_id = ? ORDER BY deck_slug, card_id", accountId);
    }

    /** Suspended, buried and leech cards. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> cardFlags(long accountId) {
        return rows("SELECT deck_slug, item_id, card_id, suspended_by, buried_until, buried_by, leech_lapses "
                + "FROM card_flag WHERE account_id = ? ORDER BY deck_slug, card_id", accountId);
    }

    /** Deletes the learner's answers, schedules, card flags and study stamps (in the caller's transaction). */
    @Transactional
    public void erase(long accountId) {
        for (String table : List.of("review_log", "card_state", "card_flag", "study_stamp")) {
            jdbc.prepareStatement("DELETE FROM " + table + " WHERE account_id = ?", statement -> {
                statement.setLong(1, accountId);
                return statement.executeUpdate();
            });
        }
    }

    /** Deletes every learner's answers and schedules in a deck that is going (in the caller's transaction). */
    @Transactional
    public void eraseDeck(String slug) {
        for (String table : List.of("review_log", "card_state", "card_flag")) {
            jdbc.prepareStatement("DELETE FROM " + table + " WHERE deck_slug = ?", statement -> {
                statement.setString(1, slug);
                return statement.executeUpdate();
            });
        }
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
