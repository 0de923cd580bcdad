package app.flashpoint.exchange.anki;

import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.anki.AnkiNoteType;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Note types and decks of a schema-11 collection: the {@code models} and {@code decks} JSON maps in {@code col}. */
final class LegacyModels {
    private LegacyModels() {
    }

    record Read(List<AnkiNoteType> noteTypes, CollectionFile.Decks decks) {
    }

    static Read read(Connection db) throws SQLException {
        String models;
        String decks;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select models, decks from col")) {
            if (!rs.next()) {
                throw new ImportException("not an Anki package: the collection has no col row");
            }
            models = rs.getString(1);
            decks = rs.getString(2);
        }
        JsonMapper json = JsonMapper.createDefault();
        var types = new ArrayList<AnkiNoteType>();
        for (Map.Entry<String, JsonNode> e : object(json, models, "models").entries()) {
            JsonNode m = e.getValue();
            var fields = sorted(m.get("flds")).stream().map(f -> text(f, "name")).toList();
            var templates = sorted(m.get("tmpls")).stream()
                    .map(t -> new AnkiNoteType.Template(text(t, "name"), text(t, "qfmt"), text(t, "afmt"))).toList();
            JsonNode type = m.get("type");
            boolean cloze = type != null && type.isNumber() && type.getIntValue() == 1;
            types.add(new AnkiNoteType(id(e.getKey(), m), text(m, "name"), cloze, fields, templates));
        }
        var names = new HashMap<Long, String>();
        var descriptions = new HashMap<Long, String>();
        for (Map.Entry<String, JsonNode> e : object(json, decks, "decks").entries()) {
            long id = id(e.getKey(), e.getValue());
            names.put(id, text(e.getValue(), "name"));
            descriptions.put(id, text(e.getValue(), "desc"));
        }
        return new Read(types, new CollectionFile.Decks(names, descriptions));
    }

    private static JsonNode object(JsonMapper json, String text, String what) {
        try {
            JsonNode node = text == null || text.isBlank() ? null : json.readValue(text, JsonNode.class);
            if (node == null || !node.isObject()) {
                throw new ImportException("not an Anki package: the collection's " + what + " are missing");
            }
            return node;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
            throw new ImportException("not an Anki package: the collection's " + what + " are not valid JSON", e);
        }
    }

    // Samples write ids as strings, genanki as numbers; the map key is always there.
    private static long id(String key, JsonNode node) {
        try {
            return Long.parseLong(key.strip());
        } catch (NumberFormatException e) {
            JsonNode id = node.get("id");
            return id == null ? 0 : Long.parseLong(id.coerceStringValue());
        }
    }

    private static List<JsonNode> sorted(JsonNode array) {
        var out = new ArrayList<JsonNode>();
        if (array != null && array.isArray()) {
            array.values().forEach(out::add);
        }
        out.sort(Comparator.comparingInt(n -> n.get("ord") != null && n.get("ord").isNumber() ? n.get("ord").getIntValue() : 0));
        return out;
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? "" : v.isString() ? v.getStringValue() : v.coerceStringValue();
    }
}
