package app.flashpoint.history;

import io.micronaut.data.exceptions.DataAccessException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
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
public final class AnswerRows {
    public record CardKey(long accountId, String cardId) {
    }

    public record DeckKey(long accountId, String slug) {
    }

    /** Answer tokens are unique per learner, not across learners. */
    public record TokenKey(long accountId, String token) {
    }

    /** A card's new state, to be written only if its stored review count is still {@code expectedReps}. */
    public record Update(CardStateRow row, int expectedReps) {
    }

    private static final String STATE_COLUMNS = "account_id, deck_slug, item_id, card_id, state, step, stability, "
            + "difficulty, due, last_review, reps, lapses";
    private static final String LOG_COLUMNS = "account_id, deck_slug, item_id, card_id, mode, rating, reviewed_at, "
            + "duration_ms, answer_token";

    private final Connection connection;

    public AnswerRows(Connection connection) {
        this.connection = connection;
    }

    /** The tokens among {@code tokens} already in the log. */
    public Set<TokenKey> knownTokens(Collection<TokenKey> tokens) {
        if (tokens.isEmpty()) {
            return Set.of();
        }
        String sql = "SELECT account_id, answer_token FROM review_log WHERE "
                + repeat(tokens.size(), "(account_id = ? AND answer_token = ?)", " OR ");
        var params = new ArrayList<>();
        tokens.forEach(t -> params.addAll(List.of(t.accountId(), t.token())));
        return new HashSet<>(query(sql, params, rs -> new TokenKey(rs.getLong(1), rs.getString(2))));
    }

    /** The stored states of {@code keys}' cards; a card never answered has none. */
    public Map<CardKey, CardStateRow> states(Collection<CardKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT id, " + STATE_COLUMNS + " FROM card_state WHERE "
                + repeat(keys.size(), "(account_id = ? AND card_id = ?)", " OR ");
        var params = new ArrayList<>();
        keys.forEach(key -> params.addAll(List.of(key.accountId(), key.cardId())));
        var found = new HashMap<CardKey, CardStateRow>();
        for (CardStateRow row : query(sql, params, AnswerRows::stateRow)) {
            found.put(new CardKey(row.accountId(), row.cardId()), row);
        }
        return found;
    }

    /**
     * Writes each update; false when any card's stored review count had moved on (another transaction
     * answered it since it was read).
     */
    public boolean advance(Collection<Update> updates) {
        if (updates.isEmpty()) {
            return true;
        }
        String sql = "UPDATE card_state SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, "
                + "reps = ?, lapses = ? WHERE id = ? AND reps = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Update update : updates) {
                CardStateRow row = update.row();
                bind(ps, Arrays.asList(row.state(), row.step(), row.stability(), row.difficulty(), row.due(),
                        row.lastReview(), row.reps(), row.lapses(), row.id(), update.expectedReps()), 1);
                ps.addBatch();
            }
            for (int changed : ps.executeBatch()) {
                if (changed != 1) {
                    return false;
                }
            }
            return true;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Inserts the first state of each card; returns the ids they were given. */
    public Map<CardKey, Long> insertStates(Collection<CardStateRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        String sql = "INSERT INTO card_state (" + STATE_COLUMNS + ") VALUES "
                + repeat(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ", ") + " RETURNING id, account_id, card_id";
        var params = new ArrayList<>();
        for (CardStateRow r : rows) {
            params.addAll(Arrays.asList(r.accountId(), r.deckSlug(), r.itemId(), r.cardId(), r.state(), r.step(),
                    r.stability(), r.difficulty(), r.due(), r.lastReview(), r.reps(), r.lapses()));
        }
        var ids = new HashMap<CardKey, Long>();
        query(sql, params, rs -> ids.put(new CardKey(rs.getLong(2), rs.getString(3)), rs.getLong(1)));
        return ids;
    }

    /**
     * Appends the answers to the log, skipping any whose token its learner already used (a resend or a replay
     * fails no statement, so it cannot roll back the other answers of a batch); returns each inserted row's id.
     */
    public Map<TokenKey, Long> insertLogs(List<ReviewLogRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        String sql = "INSERT INTO review_log (" + LOG_COLUMNS + ") VALUES "
                + repeat(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)", ", ")
                + " ON CONFLICT (account_id, answer_token) DO NOTHING RETURNING id, account_id, answer_token";
        var params = new ArrayList<>();
        for (ReviewLogRow r : rows) {
            params.addAll(List.of(r.accountId(), r.deckSlug(), r.itemId(), r.cardId(), r.mode(), r.rating(),
                    r.reviewedAt(), r.durationMs(), r.answerToken()));
        }
        var ids = new HashMap<TokenKey, Long>();
        query(sql, params, rs -> ids.put(new TokenKey(rs.getLong(2), rs.getString(3)), rs.getLong(1)));
        return ids;
    }

    /**
     * Raises each learner-deck's {@code study_stamp} version by its count (creating it at that count); returns the
     * versions after. The rows stay locked until the transaction ends, so no other write falls in between.
     */
    public Map<DeckKey, Long> raiseStamps(Map<DeckKey, Integer> counts) {
        if (counts.isEmpty()) {
            return Map.of();
        }
        String sql = "INSERT INTO study_stamp (account_id, deck_slug, version) VALUES " + repeat(counts.size(), "(?, ?, ?)", ", ")
                + " ON CONFLICT (account_id, deck_slug) DO UPDATE SET version = study_stamp.version + excluded.version"
                + " RETURNING account_id, deck_slug, version";
        var params = new ArrayList<>();
        counts.forEach((deck, count) -> params.addAll(List.of(deck.accountId(), deck.slug(), (long) count)));
        var versions = new HashMap<DeckKey, Long>();
        query(sql, params, rs -> versions.put(new DeckKey(rs.getLong(1), rs.getString(2)), rs.getLong(3)));
        return versions;
    }

    private static final String FLAG_COLUMNS = "account_id, deck_slug, item_id, card_id, suspended_by, buried_until, "
            + "buried_by, leech_lapses";

    /**
     * Buries each row's card until its {@code buriedUntil} by its {@code buriedBy} (a sibling answered), keeping a
     * burial that already lasts as long and every other flag ({@link CardFlagRow#buriedBySibling} in memory).
     * One row per card: the caller merges a batch's burials of one card first.
     */
    public void buryAll(Collection<CardFlagRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO card_flag (" + FLAG_COLUMNS + ") VALUES "
                + repeat(rows.size(), "(?, ?, ?, ?, NULL, ?, ?, 0)", ", ")
                + " ON CONFLICT (account_id, card_id) DO UPDATE SET buried_until = excluded.buried_until, "
                + "buried_by = excluded.buried_by WHERE card_flag.buried_until < excluded.buried_until";
        var params = new ArrayList<>();
        for (CardFlagRow r : rows) {
            params.addAll(List.of(r.accountId(), r.deckSlug(), r.itemId(), r.cardId(), r.buriedUntil(), r.buriedBy()));
        }
        update(sql, params);
    }

    /**
     * Flags each row's card a leech at its {@code leechLapses}, suspending it by the leech rule when its
     * {@code suspendedBy} says so and it is not suspended already ({@link CardFlagRow#leechAt} in memory).
     */
    public void markLeeches(Collection<CardFlagRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO card_flag (" + FLAG_COLUMNS + ") VALUES "
                + repeat(rows.size(), "(?, ?, ?, ?, NULLIF(?, ''), 0, NULL, ?)", ", ")
                + " ON CONFLICT (account_id, card_id) DO UPDATE SET leech_lapses = excluded.leech_lapses, "
                + "suspended_by = COALESCE(card_flag.suspended_by, excluded.suspended_by)";
        var params = new ArrayList<>();
        for (CardFlagRow r : rows) {
            params.addAll(List.of(r.accountId(), r.deckSlug(), r.itemId(), r.cardId(),
                    r.suspendedBy() == null ? "" : r.suspendedBy(), r.leechLapses()));
        }
        update(sql, params);
    }

    private void update(String sql, List<?> params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params, 1);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} with {@code params} in order and reads each row it returns. */
    private <T> List<T> query(String sql, List<?> params, RowReader<T> reader) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params, 1);
            var rows = new ArrayList<T>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static CardStateRow stateRow(ResultSet rs) throws SQLException {
        long lastReview = rs.getLong("last_review");
        Long reviewed = rs.wasNull() ? null : lastReview;
        return new CardStateRow(rs.getLong("id"), rs.getLong("account_id"), rs.getString("deck_slug"),
                rs.getString("item_id"), rs.getString("card_id"), rs.getString("state"), rs.getInt("step"),
                rs.getDouble("stability"), rs.getDouble("difficulty"), rs.getLong("due"), reviewed, rs.getInt("reps"),
                rs.getInt("lapses"));
    }

    /** Binds from {@code first} on; the only nullable column written here is {@code last_review}, a BIGINT. */
    private static void bind(PreparedStatement ps, List<?> params, int first) throws SQLException {
        int i = first;
        for (Object value : params) {
            if (value == null) {
                ps.setNull(i++, Types.BIGINT);
            } else {
                ps.setObject(i++, value);
            }
        }
    }

    private static DataAccessException failed(SQLException e) {
        return new DataAccessException("recording answers failed: " + e.getMessage(), e);
    }

    private static String repeat(int count, String one, String separator) {
        var joined = new StringJoiner(separator);
        for (int i = 0; i < count; i++) {
            joined.add(one);
        }
        return joined.toString();
    }
}
