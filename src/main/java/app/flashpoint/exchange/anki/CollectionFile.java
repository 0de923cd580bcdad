package app.flashpoint.exchange.anki;

import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.anki.AnkiCollection;
import app.flashpoint.core.exchange.anki.AnkiNote;
import app.flashpoint.core.exchange.anki.AnkiNoteType;
import app.flashpoint.core.exchange.anki.ApkgLimits;
import org.sqlite.Collation;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An unpacked collection file, opened read-only. Notes and cards look the same in every schema; note types
 * and decks are JSON in {@code col} up to schema 14 ({@link LegacyModels}) and rows with protobuf configs
 * from schema 15 on ({@link ModernTables}), which is what the latest package version carries.
 */
final class CollectionFile {
    private CollectionFile() {
    }

    static AnkiCollection read(Path file, String entry, ApkgLimits limits, AnkiCollection.Media media) {
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            guard(db, entry);
            // Schema 15+ declares names COLLATE unicase, Anki's own collation; SQLite refuses to compare them without it.
            Collation.create(db, "unicase", new Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareToIgnoreCase(b);
                }
            });
            Decks decks;
            List<AnkiNoteType> types;
            if (hasTable(db, "notetypes") && schema(db) >= 15) {
                types = ModernTables.noteTypes(db);
                decks = ModernTables.decks(db);
            } else {
                var models = LegacyModels.read(db);
                types = models.noteTypes();
                decks = models.decks();
            }
            List<AnkiCollection.Review> reviews = hasTable(db, "revlog") ? reviews(db) : List.of();
            return new AnkiCollection(types, notes(db, decks, limits), decks.descriptions(), media,
                    reviews == null ? List.of() : reviews,
                    reviews == null ? "the review history has more than " + MAX_REVIEWS + " answers" : "");
        } catch (SQLException e) {
            throw new ImportException("not an Anki package: " + entry + " is not a readable Anki collection ("
                    + e.getMessage() + ")", e);
        }
    }

    /** The tables read here; in an honest collection each is a plain table. */
    private static final List<String> READ = List.of("col", "notes", "cards", "notetypes", "decks", "fields", "templates",
            "revlog");
    /** The most answers of a review history read (about 60 bytes each in memory): years of a large collection. */
    static final int MAX_REVIEWS = 1_000_000;
    /** The longest value SQLite may make while reading (a field, a JSON column): far above any real note. */
    static final int MAX_VALUE_BYTES = 4 * 1024 * 1024;
    /** How long reading one collection may take: a 50,000-note collection reads in a second or two. */
    static final long MAX_MILLIS = 60_000;

    /**
     * The collection's schema is the uploader's: a "notes" that is a view (or has generated columns) computes its
     * rows as they are read, outside every byte limit of the package, and a recursive one never ends. So only plain
     * tables are read, no value may grow past {@link #MAX_VALUE_BYTES}, and a read taking longer than
     * {@link #MAX_MILLIS} is stopped (SQLite's progress handler: Java's interrupts do not reach it).
     */
    private static void guard(Connection db, String entry) throws SQLException {
        try (var q = db.prepareStatement("SELECT name, type, coalesce(sql, '') FROM sqlite_master WHERE name = ?")) {
            for (String table : READ) {
                q.setString(1, table);
                try (var rs = q.executeQuery()) {
                    if (rs.next() && (!rs.getString(2).equals("table")
                            || rs.getString(3).toUpperCase(java.util.Locale.ROOT).startsWith("CREATE VIRTUAL"))) {
                        throw new ImportException("not an Anki package: in " + entry + ", '" + table + "' is a "
                                + rs.getString(2) + ", not a table");
                    }
                }
                try (var columns = db.prepareStatement("SELECT hidden FROM pragma_table_xinfo(?) WHERE hidden <> 0")) {
                    columns.setString(1, table);
                    try (var rs = columns.executeQuery()) {
                        if (rs.next()) {
                            throw new ImportException("not an Anki package: in " + entry + ", '" + table
                                    + "' has computed columns");
                        }
                    }
                }
            }
        }
        db.unwrap(org.sqlite.SQLiteConnection.class).setLimit(org.sqlite.SQLiteLimits.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES);
        long deadline = System.currentTimeMillis() + MAX_MILLIS;
        org.sqlite.ProgressHandler.setHandler(db, 10_000, new org.sqlite.ProgressHandler() {
            @Override
            protected int progress() {
                return System.currentTimeMillis() > deadline ? 1 : 0;
            }
        });
    }

    /** Deck names ({@code ::} between levels) and descriptions (HTML), by deck id. */
    record Decks(Map<Long, String> names, Map<Long, String> descriptionsById) {
        Map<String, String> descriptions() {
            var out = new HashMap<String, String>();
            descriptionsById.forEach((id, desc) -> out.putIfAbsent(names.getOrDefault(id, ""), desc));
            out.remove("");
            return out;
        }
    }

    private static boolean hasTable(Connection db, String name) throws SQLException {
        try (var st = db.prepareStatement("select 1 from sqlite_master where type = 'table' and name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int schema(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select ver from col")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<AnkiNote> notes(Connection db, Decks decks, ApkgLimits limits) throws SQLException {
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("select count(*) from notes")) {
                long count = rs.next() ? rs.getLong(1) : 0;
                if (count > limits.maxNotes()) {
                    throw new ImportException("too large: the package has " + count + " notes, more than "
                            + limits.maxNotes());
                }
            }
            // A card in a filtered deck remembers its home deck in odid: that is where the note belongs.
            var firstDeck = new HashMap<Long, Long>();
            var cardCount = new HashMap<Long, Integer>();
            try (ResultSet rs = st.executeQuery(
                    "select nid, case when odid != 0 then odid else did end from cards order by nid, ord")) {
                while (rs.next()) {
                    firstDeck.putIfAbsent(rs.getLong(1), rs.getLong(2));
                    cardCount.merge(rs.getLong(1), 1, Integer::sum);
                }
            }
            var notes = new ArrayList<AnkiNote>();
            try (ResultSet rs = st.executeQuery("select id, mid, flds, tags from notes order by id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String flds = rs.getString(3);
                    List<String> fields = Arrays.asList((flds == null ? "" : flds).split("\u001f", -1));
                    String deck = decks.names().getOrDefault(firstDeck.getOrDefault(id, 1L), "Default");
                    String tags = rs.getString(4) == null ? "" : rs.getString(4).strip();
                    notes.add(new AnkiNote(id, rs.getLong(2), fields, deck, cardCount.getOrDefault(id, 0),
                            tags.isEmpty() ? List.of() : List.of(tags.split("\\s+"))));
                }
            }
            return notes;
        }
    }

    /** The review log joined to its cards (answers of deleted cards are dropped), or null when over the limit. */
    private static List<AnkiCollection.Review> reviews(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("select count(*) from revlog")) {
                if (rs.next() && rs.getLong(1) > MAX_REVIEWS) {
                    return null;
                }
            }
            var out = new ArrayList<AnkiCollection.Review>();
            try (ResultSet rs = st.executeQuery("select r.id, c.nid, c.ord, r.ease, r.type, r.time from revlog r "
                    + "join cards c on c.id = r.cid order by r.id")) {
                while (rs.next()) {
                    out.add(new AnkiCollection.Review(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6)));
                }
            }
            return out;
        }
    }
}
