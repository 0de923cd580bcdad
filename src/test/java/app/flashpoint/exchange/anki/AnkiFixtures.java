package app.flashpoint.exchange.anki;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.KeyPoint;
import com.github.luben.zstd.Zstd;
import org.sqlite.Collation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds packages for the tests: a legacy one with {@link ApkgWriter}, edited through JDBC, and the same
 * collection upgraded by hand to the latest package version (schema-18 tables with protobuf configs, zstd).
 */
final class AnkiFixtures {
    static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

    private AnkiFixtures() {
    }

    static Deck biology() {
        var cells = new KeyPoint("cells", "Cells", "What cells are", "", 4);
        var genes = new KeyPoint("genes", "Genes", "", "", 3);
        return new Deck("bio", "Biology", "A small deck", List.of(), List.of(cells, genes), List.of(
                item("b", "cells", new ItemContent.Basic("What is a cell?\nIn one line.", "The unit of life & growth")),
                item("r", "cells", new ItemContent.Reversible("mitochondrion", "the cell's power plant")),
                new Item("c", "genes", Bloom.REMEMBER,
                        new ItemContent.Cloze("{{c1::DNA::molecule}} is read into {{c2::RNA}}."), "Transcription.",
                        List.of()),
                item("s", "genes", new ItemContent.ShortAnswer("Base pairing with adenine in DNA?", List.of("thymine")))));
    }

    static Item item(String id, String keyPoint, ItemContent content) {
        return new Item(id, keyPoint, Bloom.REMEMBER, content, "", List.of());
    }

    interface Edit {
        void apply(Connection db) throws SQLException;
    }

    /** The package's entries, with the collection changed by {@code edit}. */
    static Map<String, byte[]> legacy(Deck deck, Edit edit) throws Exception {
        var entries = unzip(ApkgWriter.write(deck, 1_600_000_000_000L, NOW));
        entries.put("collection.anki2", editCollection(entries.get("collection.anki2"), edit));
        return entries;
    }

    static byte[] editCollection(byte[] collection, Edit edit) throws Exception {
        Path file = Files.createTempFile("anki-fixture-", ".db");
        try {
            Files.write(file, collection);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                Collation.create(db, "unicase", new Collation() {
                    @Override
                    protected int xCompare(String a, String b) {
                        return a.compareToIgnoreCase(b);
                    }
                });
                edit.apply(db);
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Adds a note type to {@code col.models} (JSON spliced in as text: the tests know what the writer wrote). */
    static void addModel(Connection db, String json) throws SQLException {
        try (Statement st = db.createStatement()) {
            ResultSet rs = st.executeQuery("select models from col");
            rs.next();
            String models = rs.getString(1);
            rs.close();
            try (var up = db.prepareStatement("update col set models = ?")) {
                up.setString(1, "{" + json + "," + models.substring(1));
                up.executeUpdate();
            }
        }
    }

    static void sql(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(sql);
        }
    }

    /**
     * The latest package version of a legacy package: its schema-11 collection moved into schema-18 tables
     * (note types, fields, templates, decks with protobuf configs, deck levels joined by 0x1F),
     * zstd-compressed as collection.anki21b; a protobuf media list and zstd media files; meta version 3; and
     * the "please update" stub as collection.anki2.
     */
    static Map<String, byte[]> latest(Map<String, byte[]> legacy) throws Exception {
        byte[] upgraded = editCollection(legacy.get("collection.anki2"), AnkiFixtures::toSchema18);
        var out = new LinkedHashMap<String, byte[]>();
        out.put("meta", new byte[]{0x08, 0x03});
        out.put("collection.anki2", stub());
        out.put("collection.anki21b", Zstd.compress(upgraded));
        String media = new String(legacy.get("media"), StandardCharsets.UTF_8);
        var list = new ByteArrayOutputStream();
        int index = 0;
        for (var m : java.util.regex.Pattern.compile("\"(\\d+)\":\"([^\"]+)\"").matcher(media).results().toList()) {
            byte[] bytes = legacy.get(m.group(1));
            var entry = new ByteArrayOutputStream();
            field(entry, 1, m.group(2).getBytes(StandardCharsets.UTF_8));
            entry.write(0x10);
            varint(entry, bytes.length);
            field(list, 1, entry.toByteArray());
            out.put(Integer.toString(index++), Zstd.compress(bytes));
        }
        out.put("media", Zstd.compress(list.toByteArray()));
        return out;
    }

    static byte[] stub() throws Exception {
        var stub = new Deck("stub", "Default", "", List.of(), List.of(), List.of(item("stub", "none",
                new ItemContent.Basic("Please update to the latest Anki version, then import the .colpkg/.apkg file again.", ""))));
        return unzip(ApkgWriter.write(stub, 1, NOW)).get("collection.anki2");
    }

    private static void toSchema18(Connection db) throws SQLException {
        sql(db, "create table notetypes (id integer not null primary key, name text not null collate unicase,"
                + " mtime_secs integer not null, usn integer not null, config blob not null)");
        sql(db, "create table fields (ntid integer not null, ord integer not null, name text not null collate unicase,"
                + " config blob not null, primary key (ntid, ord)) without rowid");
        sql(db, "create table templates (ntid integer not null, ord integer not null, name text not null collate unicase,"
                + " mtime_secs integer not null, usn integer not null, config blob not null, primary key (ntid, ord)) without rowid");
        sql(db, "create table decks (id integer primary key not null, name text not null collate unicase,"
                + " mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null)");
        String models;
        String decks;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select models, decks from col")) {
            rs.next();
            models = rs.getString(1);
            decks = rs.getString(2);
        }
        var json = io.micronaut.json.JsonMapper.createDefault();
        try {
            for (var e : json.readValue(models, io.micronaut.json.tree.JsonNode.class).entries()) {
                var m = e.getValue();
                long id = Long.parseLong(e.getKey());
                var config = new ByteArrayOutputStream();
                if (m.get("type").getIntValue() == 1) {
                    config.write(new byte[]{0x08, 0x01});
                }
                insert(db, "insert into notetypes values (?, ?, 0, 0, ?)", id, m.get("name").getStringValue(),
                        config.toByteArray());
                int ord = 0;
                for (var f : m.get("flds").values()) {
                    insert(db, "insert into fields values (?, ?, ?, ?)", id, ord++, f.get("name").getStringValue(),
                            new byte[0]);
                }
                ord = 0;
                for (var t : m.get("tmpls").values()) {
                    var tc = new ByteArrayOutputStream();
                    field(tc, 1, t.get("qfmt").getStringValue().getBytes(StandardCharsets.UTF_8));
                    field(tc, 2, t.get("afmt").getStringValue().getBytes(StandardCharsets.UTF_8));
                    insert(db, "insert into templates values (?, ?, ?, 0, 0, ?)", id, ord++,
                            t.get("name").getStringValue(), tc.toByteArray());
                }
            }
            for (var e : json.readValue(decks, io.micronaut.json.tree.JsonNode.class).entries()) {
                var d = e.getValue();
                var normal = new ByteArrayOutputStream();
                field(normal, 4, d.get("desc").getStringValue().getBytes(StandardCharsets.UTF_8));
                var kind = new ByteArrayOutputStream();
                field(kind, 1, normal.toByteArray());
                insert(db, "insert into decks values (?, ?, 0, 0, ?, ?)", Long.parseLong(e.getKey()),
                        d.get("name").getStringValue().replace("::", "\u001f"), new byte[0], kind.toByteArray());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        sql(db, "update col set ver = 18, models = '', decks = '', dconf = ''");
    }

    private static void insert(Connection db, String sql, Object... values) throws SQLException {
        try (var st = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            st.executeUpdate();
        }
    }

    private static void field(ByteArrayOutputStream out, int number, byte[] payload) {
        varint(out, number << 3 | 2);
        varint(out, payload.length);
        out.writeBytes(payload);
    }

    private static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) (v & 0x7f | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var out = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static Path zip(Path dir, Map<String, byte[]> entries) throws IOException {
        Path file = Files.createTempFile(dir, "fixture-", ".apkg");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }
}
