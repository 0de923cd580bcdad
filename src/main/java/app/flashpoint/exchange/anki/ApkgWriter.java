package app.flashpoint.exchange.anki;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.exchange.anki.AnkiExport;
import app.flashpoint.core.exchange.anki.AnkiHashes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a deck as a legacy-1 .apkg (schema-11 {@code collection.anki2}, the {@code media} map and the files
 * its notes show, numbered, in a zip, as genanki does), which current Anki and AnkiDroid import. The deck becomes an Anki deck named by its
 * title, each key point a subdeck. Basic, Reversible, Cloze and ShortAnswer items use the stock note types
 * Basic, Basic (and reversed card), Cloze and Basic (type in the answer); multiple choice, true/false,
 * ordering and matching items become Basic notes with the question and its options on the front, and
 * {@link #leftOut} lists them with everything else Anki has no place for. Ids and times derive from the
 * arguments (note and card ids count up from {@code now}), guids from the deck slug and item ids, so the same
 * deck exported twice gives the same notes and Anki updates them instead of duplicating.
 */
public final class ApkgWriter {
    private ApkgWriter() {
    }

    public static List<String> leftOut(Deck deck) {
        return AnkiExport.leftOut(deck);
    }

    /** A package without media files (references to them stay in the notes). */
    public static byte[] write(Deck deck, long deckId, Instant now) {
        return write(deck, deckId, now, name -> Optional.empty());
    }

    /** {@code media}: a file of the deck by name, read one at a time (a name it has not is left out of the package). */
    public static byte[] write(Deck deck, long deckId, Instant now, Function<String, Optional<byte[]>> media) {
        Path file = null;
        try {
            file = Files.createTempFile("flashpoint-anki-export-", ".anki2");
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                fill(db, deck, deckId, now);
            }
            return zip(Files.readAllBytes(file), AnkiExport.media(deck), media, now);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Anki package", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the Anki collection", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless; the package was already built or failed
                }
            }
        }
    }

    private static void fill(Connection db, Deck deck, long deckId, Instant now) throws SQLException {
        long ms = now.toEpochMilli();
        long secs = now.getEpochSecond();
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            for (String ddl : Schema11.DDL) {
                st.execute(ddl);
            }
        }
        Map<String, Long> deckOf = new HashMap<>();
        var decks = new LinkedHashMap<String, Object>();
        decks.put("1", CollectionJson.deck(1, "Default", "", secs));
        String root = deckName(deck.title().isBlank() ? deck.slug() : deck.title());
        decks.put(Long.toString(deckId), CollectionJson.deck(deckId, root, deck.description(), secs));
        var names = new HashSet<String>();
        long next = deckId + 1;
        for (KeyPoint kp : deck.keyPoints()) {
            String name = root + "::" + deckName(kp.title().isBlank() ? kp.id() : kp.title());
            for (int n = 2; !names.add(name.toLowerCase()); n++) {
                name = root + "::" + deckName(kp.title()) + " (" + n + ")";
            }
            deckOf.put(kp.id(), next);
            decks.put(Long.toString(next), CollectionJson.deck(next, name, kp.summary(), secs));
            next++;
        }
        try (PreparedStatement col = db.prepareStatement(
                "insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
            col.setLong(1, secs);
            col.setLong(2, ms);
            col.setLong(3, ms);
            col.setString(4, CollectionJson.toJson(CollectionJson.conf(deckId)));
            col.setString(5, CollectionJson.toJson(CollectionJson.models(deckId, secs)));
            col.setString(6, CollectionJson.toJson(decks));
            col.setString(7, CollectionJson.toJson(CollectionJson.deckOptions(secs)));
            col.executeUpdate();
        }
        try (PreparedStatement notes = db.prepareStatement(
                "insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
             PreparedStatement cards = db.prepareStatement(
                     "insert into cards values (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
            long noteId = ms;
            long cardId = ms;
            int position = 0;
            for (AnkiExport.Note note : AnkiExport.notes(deck)) {
                var fields = note.fields().stream().map(f -> f.replace('\u001f', ' ')).toList();
                notes.setLong(1, noteId);
                notes.setString(2, AnkiHashes.guid(deck.slug() + "/" + note.item().id()));
                notes.setLong(3, CollectionJson.modelId(note.model()));
                notes.setLong(4, secs);
                // Anki keeps a note's tags space-separated with a space at each end
                notes.setString(5, note.item().tags().isEmpty() ? "" : " " + String.join(" ", note.item().tags()) + " ");
                notes.setString(6, String.join("\u001f", fields));
                notes.setString(7, AnkiHashes.sortField(fields.get(0)));
                notes.setLong(8, AnkiHashes.checksum(fields.get(0)));
                notes.executeUpdate();
                long did = deckOf.getOrDefault(note.item().keyPoint(), deckId);
                for (int ord : note.cardOrds()) {
                    cards.setLong(1, cardId++);
                    cards.setLong(2, noteId);
                    cards.setLong(3, did);
                    cards.setInt(4, ord);
                    cards.setLong(5, secs);
                    cards.setInt(6, position);
                    cards.executeUpdate();
                }
                noteId++;
                position++;
            }
        }
        db.commit();
    }

    // "::" would nest and 0x1F separates levels in newer Anki, so neither may appear inside one level's name.
    private static String deckName(String title) {
        String name = title.replace("::", ":").replace('\u001f', ' ').strip();
        return name.isEmpty() ? "Flashpoint" : name;
    }

    private static byte[] zip(byte[] collection, Set<String> names, Function<String, Optional<byte[]>> media,
                              Instant now) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            entry(zip, "collection.anki2", collection, now);
            var map = new LinkedHashMap<String, Object>();
            for (String name : names) {
                Optional<byte[]> file = media.apply(name);
                if (file.isPresent()) {
                    String number = Integer.toString(map.size());
                    map.put(number, name);
                    entry(zip, number, file.get(), now);
                }
            }
            entry(zip, "media", CollectionJson.toJson(map).getBytes(StandardCharsets.UTF_8), now);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content, Instant now) throws IOException {
        var e = new ZipEntry(name);
        e.setTime(now.toEpochMilli());
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }
}
