package app.flashpoint.exchange.anki;

import app.flashpoint.core.exchange.anki.AnkiExport.Model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON columns of a schema-11 {@code col} row (FORMATS.md §1.5): the four stock note types with the keys
 * every Anki expects, decks, the default deck options and the global config.
 */
final class CollectionJson {
    private static final String CSS = ".card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n"
            + " color: black;\n background-color: white;\n}\n";
    private static final String LATEX_PRE = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
            + "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
            + "\\setlength{\\parindent}{0in}\n\\begin{document}\n";
    private static final String ANSWER = "{{FrontSide}}\n\n<hr id=answer>\n\n";

    private CollectionJson() {
    }

    /** Fixed note type ids, so re-exports reuse the note types already in the learner's Anki. */
    static long modelId(Model model) {
        return 1_700_000_000_000L + 1000L + model.ordinal();
    }

    static Map<String, Object> models(long deckId, long modSeconds) {
        var out = new LinkedHashMap<String, Object>();
        for (Model model : Model.values()) {
            out.put(Long.toString(modelId(model)), model(model, deckId, modSeconds));
        }
        return out;
    }

    private static Map<String, Object> model(Model model, long deckId, long modSeconds) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", Long.toString(modelId(model)));
        m.put("name", model.ankiName);
        m.put("type", model == Model.CLOZE ? 1 : 0);
        m.put("mod", modSeconds);
        m.put("usn", -1);
        m.put("sortf", 0);
        m.put("did", deckId);
        List<String> fields = model == Model.CLOZE ? List.of("Text", "Extra") : List.of("Front", "Back");
        var templates = new ArrayList<Map<String, Object>>();
        switch (model) {
            case BASIC -> templates.add(template("Card 1", 0, "{{Front}}", ANSWER + "{{Back}}"));
            case REVERSED -> {
                templates.add(template("Card 1", 0, "{{Front}}", ANSWER + "{{Back}}"));
                templates.add(template("Card 2", 1, "{{Back}}", ANSWER + "{{Front}}"));
            }
            case TYPE_ANSWER -> templates.add(template("Card 1", 0, "{{Front}}\n\n{{type:Back}}",
                    "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}"));
            case CLOZE -> templates.add(template("Cloze", 0, "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Extra}}"));
        }
        m.put("tmpls", templates);
        var flds = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < fields.size(); i++) {
            var f = new LinkedHashMap<String, Object>();
            f.put("name", fields.get(i));
            f.put("ord", i);
            f.put("sticky", false);
            f.put("rtl", false);
            f.put("font", "Arial");
            f.put("size", 20);
            f.put("media", List.of());
            flds.add(f);
        }
        m.put("flds", flds);
        m.put("css", model == Model.CLOZE ? CSS + "\n.cloze {\n font-weight: bold;\n color: blue;\n}\n" : CSS);
        m.put("latexPre", LATEX_PRE);
        m.put("latexPost", "\\end{document}");
        m.put("tags", List.of());
        m.put("vers", List.of());
        if (model != Model.CLOZE) {
            var req = new ArrayList<List<Object>>();
            req.add(List.of(0, "all", List.of(0)));
            if (model == Model.REVERSED) {
                req.add(List.of(1, "all", List.of(1)));
            }
            m.put("req", req);
        }
        return m;
    }

    private static Map<String, Object> template(String name, int ord, String front, String back) {
        var t = new LinkedHashMap<String, Object>();
        t.put("name", name);
        t.put("ord", ord);
        t.put("qfmt", front);
        t.put("afmt", back);
        t.put("did", null);
        t.put("bqfmt", "");
        t.put("bafmt", "");
        return t;
    }

    static Map<String, Object> deck(long id, String name, String description, long modSeconds) {
        var d = new LinkedHashMap<String, Object>();
        d.put("id", id);
        d.put("name", name);
        d.put("desc", description);
        d.put("dyn", 0);
        d.put("conf", 1);
        d.put("mod", modSeconds);
        d.put("usn", -1);
        d.put("collapsed", false);
        d.put("browserCollapsed", false);
        d.put("extendNew", 10);
        d.put("extendRev", 50);
        for (String key : List.of("newToday", "revToday", "lrnToday", "timeToday")) {
            d.put(key, List.of(0, 0));
        }
        return d;
    }

    static Map<String, Object> deckOptions(long modSeconds) {
        var c = new LinkedHashMap<String, Object>();
        c.put("id", 1);
        c.put("name", "Default");
        c.put("mod", modSeconds);
        c.put("usn", -1);
        c.put("maxTaken", 60);
        c.put("timer", 0);
        c.put("autoplay", true);
        c.put("replayq", true);
        c.put("dyn", false);
        c.put("new", ordered("bury", true, "delays", List.of(1, 10), "initialFactor", 2500,
                "ints", List.of(1, 4, 7), "order", 1, "perDay", 20, "separate", true));
        c.put("rev", ordered("bury", true, "ease4", 1.3, "fuzz", 0.05, "ivlFct", 1, "maxIvl", 36500,
                "minSpace", 1, "perDay", 100));
        c.put("lapse", ordered("delays", List.of(10), "leechAction", 0, "leechFails", 8, "minInt", 1, "mult", 0));
        return Map.of("1", c);
    }

    static Map<String, Object> conf(long deckId) {
        return ordered("nextPos", 1, "estTimes", true, "activeDecks", List.of(deckId), "sortType", "noteFld",
                "timeLim", 0, "sortBackwards", false, "addToCur", true, "curDeck", deckId, "newBury", true,
                "newSpread", 0, "dueCounts", true, "curModel", Long.toString(modelId(Model.BASIC)),
                "collapseTime", 1200);
    }

    /**
     * JSON text of maps, lists, strings, numbers, booleans and nulls, written by hand: Anki expects every key
     * above even when empty or null, which a configured serializer might leave out.
     */
    static String toJson(Object value) {
        var out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(value.toString(), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
