package app.flashpoint.study;

import io.micronaut.data.exceptions.DataAccessException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The statements that record a batch of answers, each sent once per batch whatever its size: on PostgreSQL
 * every statement is a round trip, and the group commit's single writer would otherwise spend most of its time
 * waiting on them, one answer after another. Plain JDBC because each statement has one set of parameters per
 * answer (multi-row {@code VALUES}, {@code RETURNING} the generated ids), which both SQLite and PostgreSQL run
 * but repository methods do not express. Works on the caller's connection, inside the caller's transaction.
 */
final class AnswerRows {
    record CardKey(long accountId, String cardId) {
    }

    record DeckKey(long accountId, String slug) {
    }

    /** A card's new state, to be written only if its stored review count is still {@code expectedReps}. */
    record Update(CardStateRow row, int expectedReps) {
    }

    private static final String STATE_COLUMNS = "account_id, deck_slug, item_id, card_id, state, step, stability, "
            + "difficulty, due, last_review, reps, lapses";
    private static final String LOG_COLUMNS = "account_id, deck_slug, item_id, card_id, mode, rating, reviewed_at, "
            + "duration_ms, answer_token";

    private final Connection connection;

    AnswerRows(Connection connection) {
        this.connection = connection;
    }

    /** The tokens among {@code tokens} already in the log. */
    Set<String> knownTokens(Collection<String> tokens) {
        if (tokens.isEmpty()) {
            return Set.of();
        }
        String sql = "SELECT answer_token FROM review_log WHERE answer_token IN (" + repeat(tokens.size(), "?", ", ") + ")";
        return run(sql, ps -> {
            int i = 1;
            for (String token : tokens) {
                ps.setString(i++, token);
            }
            var known = new HashSet<String>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
            return known;
        });
    }

    /** The stored states of {@code keys}' cards; a card never answered has none. */
    Map<CardKey, CardStateRow> states(Collection<CardKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT id, " + STATE_COLUMNS + " FROM card_state WHERE "
                + repeat(keys.size(), "(account_id = ? AND card_id = ?)", " OR ");
        return run(sql, ps -> {
            int i = 1;
            for (CardKey key : keys) {
                ps.setLong(i++, key.accountId());
                ps.setString(i++, key.cardId());
            }
            var found = new HashMap<CardKey, CardStateRow>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long lastReview = rs.getLong("last_review");
                    Long reviewed = rs.wasNull() ? null : lastReview;
                    var row = new CardStateRow(rs.getLong("id"), rs.getLong("account_id"), rs.getString("deck_slug"),
                            rs.getString("item_id"), rs.getString("card_id"), rs.getString("state"), rs.getInt("step"),
                            rs.getDouble("stability"), rs.getDouble("difficulty"), rs.getLong("due"),
                            reviewed, rs.getInt("reps"), rs.getInt("lapses"));
                    found.put(new CardKey(row.accountId(), row.cardId()), row);
                }
            }
            return found;
        });
    }

    /**
     * Writes each update; false when any card's stored review count had moved on (another transaction
     * answered it since it was read).
     */
    boolean advance(Collection<Update> updates) {
        if (updates.isEmpty()) {
            return true;
        }
        String sql = "UPDATE card_state SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, "
                + "reps = ?, lapses = ? WHERE id = ? AND reps = ?";
        return run(sql, ps -> {
            for (Update update : updates) {
                CardStateRow row = update.row();
                ps.setString(1, row.state());
                ps.setInt(2, row.step());
                ps.setDouble(3, row.stability());
                ps.setDouble(4, row.difficulty());
                ps.setLong(5, row.due());
                setNullableLong(ps, 6, row.lastReview());
                ps.setInt(7, row.reps());
                ps.setInt(8, row.lapses());
                ps.setLong(9, row.id());
                ps.setInt(10, update.expectedReps());
                ps.addBatch();
            }
            for (int changed : ps.executeBatch()) {
                if (changed != 1) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Inserts the first state of each card; returns the ids they were given. */
    Map<CardKey, Long> insertStates(Collection<CardStateRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        String sql = "INSERT INTO card_state (" + STATE_COLUMNS + ") VALUES "
                + repeat(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ", ")
                + " RETURNING id, account_id, card_id";
        return run(sql, ps -> {
            int i = 1;
            for (CardStateRow row : rows) {
                ps.setLong(i++, row.accountId());
                ps.setString(i++, row.deckSlug());
                ps.setString(i++, row.itemId());
                ps.setString(i++, row.cardId());
                ps.setString(i++, row.state());
                ps.setInt(i++, row.step());
                ps.setDouble(i++, row.stability());
                ps.setDouble(i++, row.difficulty());
                ps.setLong(i++, row.due());
                setNullableLong(ps, i++, row.lastReview());
                ps.setInt(i++, row.reps());
                ps.setInt(i++, row.lapses());
            }
            var ids = new HashMap<CardKey, Long>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(new CardKey(rs.getLong(2), rs.getString(3)), rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** Appends the answers to the log; returns each answer token's row id. */
    Map<String, Long> insertLogs(List<ReviewLogRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        String sql = "INSERT INTO review_log (" + LOG_COLUMNS + ") VALUES "
                + repeat(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)", ", ")
                + " RETURNING id, answer_token";
        return run(sql, ps -> {
            int i = 1;
            for (ReviewLogRow row : rows) {
                ps.setLong(i++, row.accountId());
                ps.setString(i++, row.deckSlug());
                ps.setString(i++, row.itemId());
                ps.setString(i++, row.cardId());
                ps.setString(i++, row.mode());
                ps.setInt(i++, row.rating());
                ps.setLong(i++, row.reviewedAt());
                ps.setInt(i++, row.durationMs());
                ps.setString(i++, row.answerToken());
            }
            var ids = new HashMap<String, Long>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /**
     * Raises each learner-deck's {@code study_stamp} version by its count (creating it at that count); returns the
     * versions after. The rows stay locked until the transaction ends, so no other write falls in between.
     */
    Map<DeckKey, Long> raiseStamps(Map<DeckKey, Integer> counts) {
        if (counts.isEmpty()) {
            return Map.of();
        }
        String sql = "INSERT INTO study_stamp (account_id, deck_slug, version) VALUES "
                + repeat(counts.size(), "(?, ?, ?)", ", ")
                + " ON CONFLICT (account_id, deck_slug) DO UPDATE SET version = study_stamp.version + excluded.version"
                + " RETURNING account_id, deck_slug, version";
        return run(sql, ps -> {
            int i = 1;
            for (var e : counts.entrySet()) {
                ps.setLong(i++, e.getKey().accountId());
                ps.setString(i++, e.getKey().slug());
                ps.setLong(i++, e.getValue());
            }
            var versions = new HashMap<DeckKey, Long>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.put(new DeckKey(rs.getLong(1), rs.getString(2)), rs.getLong(3));
                }
            }
            return versions;
        });
    }

    private interface Statement<T> {
        T run(PreparedStatement ps) throws SQLException;
    }

    private <T> T run(String sql, Statement<T> statement) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            return statement.run(ps);
        } catch (SQLException e) {
            throw new DataAccessException("recording answers failed: " + e.getMessage(), e);
        }
    }

    private static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static String repeat(int count, String one, String separator) {
        var joined = new StringJoiner(separator);
        for (int i = 0; i < count; i++) {
            joined.add(one);
        }
        return joined.toString();
    }
}
