package app.flashpoint.exchange.anki;

import app.flashpoint.core.exchange.anki.AnkiNoteType;
import app.flashpoint.core.exchange.anki.Protobuf;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Note types and decks of a schema 15+ collection, kept in tables with protobuf blobs: notetypes.config
 * ({@code kind=1}: 0 normal, 1 cloze), templates.config ({@code q_format=1, a_format=2}), decks.kind
 * ({@code normal=1 → description=4}). Deck names separate levels with 0x1F there instead of {@code ::}.
 */
final class ModernTables {
    private ModernTables() {
    }

    static List<AnkiNoteType> noteTypes(Connection db) throws SQLException {
        var fields = new HashMap<Long, List<String>>();
        var templates = new HashMap<Long, List<AnkiNoteType.Template>>();
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("select ntid, name from fields order by ntid, ord")) {
                while (rs.next()) {
                    fields.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("select ntid, name, config from templates order by ntid, ord")) {
                while (rs.next()) {
                    Protobuf config = Protobuf.parse(bytes(rs, 3), "a card template");
                    templates.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new AnkiNoteType.Template(rs.getString(2), config.string(1), config.string(2)));
                }
            }
            var types = new ArrayList<AnkiNoteType>();
            try (ResultSet rs = st.executeQuery("select id, name, config from notetypes")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    boolean cloze = Protobuf.parse(bytes(rs, 3), "a note type").varint(1, 0) == 1;
                    types.add(new AnkiNoteType(id, rs.getString(2), cloze, fields.getOrDefault(id, List.of()),
                            templates.getOrDefault(id, List.of())));
                }
            }
            return types;
        }
    }

    static CollectionFile.Decks decks(Connection db) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> descriptions = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select id, name, kind from decks")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                names.put(id, rs.getString(2).replace("\u001f", "::"));
                List<byte[]> normal = Protobuf.parse(bytes(rs, 3), "a deck").repeated(1);
                descriptions.put(id, normal.isEmpty() ? "" : Protobuf.parse(normal.get(0), "a deck").string(4));
            }
        }
        return new CollectionFile.Decks(names, descriptions);
    }

    private static byte[] bytes(ResultSet rs, int column) throws SQLException {
        byte[] b = rs.getBytes(column);
        return b == null ? new byte[0] : b;
    }
}
