package app.flashpoint.deck;

import app.flashpoint.history.PersonalHistory;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.List;

/**
 * Removes a deck made in the browser or imported, with everything that hangs on it, when nobody else can have
 * used it: private, and no class on it. For account deletion, whose owner's decks would otherwise stay behind.
 */
@Singleton
public class DeckRemoval {
    /** Children before parents; each takes the deck's slug. */
    private static final List<String> ROWS = List.of(
            "DELETE FROM study_settings WHERE deck_slug = ?",
            "DELETE FROM study_goal WHERE deck_slug = ?",
            "DELETE FROM self_test_answer WHERE self_test_id IN (SELECT id FROM self_test WHERE deck_slug = ?)",
            "DELETE FROM self_test WHERE deck_slug = ?",
            "DELETE FROM cram_card WHERE cram_session_id IN (SELECT id FROM cram_session WHERE deck_slug = ?)",
            "DELETE FROM cram_session WHERE deck_slug = ?",
            "DELETE FROM item_draft WHERE deck_slug = ?",
            "DELETE FROM item_source WHERE item_id IN (SELECT id FROM item WHERE deck_slug = ?)",
            "DELETE FROM item WHERE deck_slug = ?",
            "DELETE FROM key_point WHERE deck_slug = ?",
            "DELETE FROM item_source WHERE document IN (SELECT name FROM document WHERE deck_slug = ?)",
            "DELETE FROM document WHERE deck_slug = ?",
            "DELETE FROM deck_media WHERE deck_slug = ?",
            "DELETE FROM deck WHERE slug = ?");

    private final JdbcOperations jdbc;
    private final PersonalHistory history;
    private final DeckCatalog catalog;

    DeckRemoval(JdbcOperations jdbc, PersonalHistory history, DeckCatalog catalog) {
        this.jdbc = jdbc;
        this.history = history;
        this.catalog = catalog;
    }

    /** The owner's decks that others may have used (public, or with a class on them): they cannot simply go. */
    @Transactional(readOnly = true)
    public List<String> sharedDecksOf(long ownerId) {
        return slugs("SELECT slug FROM deck d WHERE owner_id = ? AND (visibility = 'public' "
                + "OR EXISTS (SELECT 1 FROM classroom c WHERE c.deck_slug = d.slug))", ownerId);
    }

    /** Removes the owner's private decks that no class uses; answers how many went. */
    @Transactional
    public int removeUnsharedDecksOf(long ownerId) {
        List<String> going = slugs("SELECT slug FROM deck d WHERE owner_id = ? AND visibility = 'private' "
                + "AND NOT EXISTS (SELECT 1 FROM classroom c WHERE c.deck_slug = d.slug)", ownerId);
        for (String slug : going) {
            history.eraseDeck(slug);
            for (String sql : ROWS) {
                jdbc.prepareStatement(sql, s -> {
                    s.setString(1, slug);
                    return s.executeUpdate();
                });
            }
            catalog.forget(slug);
        }
        return going.size();
    }

    private List<String> slugs(String sql, long ownerId) {
        return jdbc.prepareStatement(sql, s -> {
            s.setLong(1, ownerId);
            var out = new java.util.ArrayList<String>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
