package app.flashpoint.authoring;

import app.flashpoint.deck.ItemStatus;
import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.ItemType;
import app.flashpoint.core.bank.SourceSpan;
import app.flashpoint.deck.ItemRow;
import app.flashpoint.system.FormValues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The item form's values, exactly as typed (a form re-shown after a problem loses nothing), and their
 * translation to the bank's entry map, which {@code ItemEntries.check} then judges with the loader's rules.
 * Each kind has its own field names (a fieldset per kind), so the fields of other kinds never interfere.
 */
record ItemForm(Map<String, String> values) {
    static final int DISTRACTORS = 4;
    static final int PAIRS = 6;
    static final int SOURCES = 3;
    static final List<String> STATUSES = Arrays.stream(ItemStatus.values()).map(ItemStatus::code).toList();
    static final List<String> TYPES = Arrays.stream(ItemType.values()).map(ItemType::yamlName).toList();
    /** Each type's YAML name to the name pages show, in declaration order. */
    static final java.util.Map<String, String> TYPE_LABELS = Arrays.stream(ItemType.values()).collect(
            java.util.stream.Collectors.toMap(ItemType::yamlName, ItemType::label, (a, b) -> a,
                    java.util.LinkedHashMap::new));
    static final List<String> BLOOMS = Arrays.stream(Bloom.values()).map(Bloom::yamlName).toList();

    static ItemForm of(Map<String, Object> form) {
        var values = new HashMap<String, String>();
        if (form != null) {
            form.keySet().forEach(k -> values.put(k, String.join("\n", FormValues.all(form, k))));
        }
        return new ItemForm(values);
    }

    static ItemForm blank(String type, String keyPoint) {
        var values = new HashMap<String, String>();
        values.put("type", TYPES.contains(type) ? type : "basic");
        values.put("keyPoint", keyPoint);
        values.put("bloom", "remember");
        values.put("status", "published");
        return new ItemForm(values);
    }

    /** The form an existing item (or a draft) opens with. */
    static ItemForm of(String id, String keyPoint, String bloom, String status, ItemContent content,
                       String explanation, List<SourceSpan> sources, Map<String, Integer> occurrences) {
        var v = new HashMap<String, String>();
        v.put("id", id);
        v.put("keyPoint", keyPoint);
        v.put("type", content.type().yamlName());
        v.put("bloom", bloom);
        v.put("status", status);
        v.put("explanation", explanation);
        if (content instanceof ItemContent.Basic b) {
            v.put("basicFront", b.front());
            v.put("basicBack", b.back());
        } else if (content instanceof ItemContent.Reversible r) {
            v.put("revFront", r.front());
            v.put("revBack", r.back());
        } else if (content instanceof ItemContent.Cloze c) {
            v.put("clozeText", c.text());
        } else if (content instanceof ItemContent.MultipleChoice mc) {
            v.put("mcQuestion", mc.question());
            v.put("mcAnswer", mc.answer());
            for (int i = 0; i < mc.distractors().size() && i < DISTRACTORS; i++) {
                v.put("mcD" + (i + 1), mc.distractors().get(i).text());
                v.put("mcW" + (i + 1), mc.distractors().get(i).why());
            }
        } else if (content instanceof ItemContent.TrueFalse tf) {
            v.put("tfStatement", tf.statement());
            v.put("tfAnswer", String.valueOf(tf.answer()));
        } else if (content instanceof ItemContent.ShortAnswer sa) {
            v.put("saQuestion", sa.question());
            v.put("saAnswers", String.join("\n", sa.answers()));
        } else if (content instanceof ItemContent.Ordering o) {
            v.put("ordPrompt", o.prompt());
            v.put("ordSequence", String.join("\n", o.sequence()));
        } else if (content instanceof ItemContent.Matching m) {
            v.put("matPrompt", m.prompt());
            for (int i = 0; i < m.pairs().size() && i < PAIRS; i++) {
                v.put("matL" + (i + 1), m.pairs().get(i).left());
                v.put("matR" + (i + 1), m.pairs().get(i).right());
            }
        }
        for (int i = 0; i < sources.size() && i < SOURCES; i++) {
            SourceSpan s = sources.get(i);
            v.put("quote" + (i + 1), s.quote());
            v.put("document" + (i + 1), s.document());
            Integer occurrence = occurrences.get(s.document() + "@" + s.start());
            if (occurrence != null) {
                v.put("occurrence" + (i + 1), String.valueOf(occurrence));
            }
        }
        return new ItemForm(v);
    }

    static ItemForm of(Item item, String status, Map<String, Integer> occurrences) {
        return of(item.id(), item.keyPoint(), item.bloom().yamlName(), status, item.content(), item.explanation(),
                item.sources(), occurrences);
    }

    String v(String name) {
        return values.getOrDefault(name, "");
    }

    String type() {
        return v("type");
    }

    String status() {
        return v("status");
    }

    /** The entry an items file would hold, with {@code id} and {@code keyPoint} as given. */
    Map<String, Object> entry(String id, String keyPoint) {
        var e = new LinkedHashMap<String, Object>();
        e.put("id", id);
        e.put("keyPoint", keyPoint);
        e.put("type", type());
        e.put("bloom", v("bloom"));
        switch (type()) {
            case "basic" -> { e.put("front", v("basicFront")); e.put("back", v("basicBack")); }
            case "reversible" -> { e.put("front", v("revFront")); e.put("back", v("revBack")); }
            case "cloze" -> e.put("text", v("clozeText"));
            case "multiple_choice" -> {
                e.put("question", v("mcQuestion"));
                e.put("answer", v("mcAnswer"));
                var distractors = new ArrayList<Map<String, Object>>();
                for (int i = 1; i <= DISTRACTORS; i++) {
                    if (!v("mcD" + i).isBlank() || !v("mcW" + i).isBlank()) {
                        distractors.add(Map.of("text", v("mcD" + i), "why", v("mcW" + i)));
                    }
                }
                e.put("distractors", distractors);
            }
            case "true_false" -> {
                // the bank wants a YAML boolean; anything else is left as typed for the loader's message
                String answer = v("tfAnswer");
                e.put("answer", answer.equals("true") ? Boolean.TRUE : answer.equals("false") ? Boolean.FALSE : answer);
                e.put("statement", v("tfStatement"));
            }
            case "short_answer" -> { e.put("question", v("saQuestion")); e.put("answers", lines(v("saAnswers"))); }
            case "ordering" -> { e.put("prompt", v("ordPrompt")); e.put("sequence", lines(v("ordSequence"))); }
            case "matching" -> {
                e.put("prompt", v("matPrompt"));
                var pairs = new ArrayList<Map<String, Object>>();
                for (int i = 1; i <= PAIRS; i++) {
                    if (!v("matL" + i).isBlank() || !v("matR" + i).isBlank()) {
                        pairs.add(Map.of("left", v("matL" + i), "right", v("matR" + i)));
                    }
                }
                e.put("pairs", pairs);
            }
            default -> { }
        }
        e.put("explanation", v("explanation"));
        var sources = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= SOURCES; i++) {
            if (v("quote" + i).isEmpty()) {
                continue;
            }
            var source = new LinkedHashMap<String, Object>();
            // verbatim, as the loader wants it: no stripping, a quote's edges are part of it
            source.put("quote", v("quote" + i).replace("\r\n", "\n"));
            if (!v("document" + i).isBlank()) {
                source.put("document", v("document" + i));
            }
            if (!v("occurrence" + i).isBlank()) {
                source.put("occurrence", v("occurrence" + i).strip());
            }
            sources.add(source);
        }
        e.put("sources", sources);
        return e;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
