package app.flashpoint.core.bank;

import app.flashpoint.core.document.SourceDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An item entry in its bank form (the map an items file holds), both ways, for callers outside the loader:
 * the authoring forms check an entry with exactly the loader's rules (verbatim quotes located in the deck's
 * documents, the same shape checks), and the exporter writes entries the loader reads back.
 */
public final class ItemEntries {
    private ItemEntries() {
    }

    /** The checked item, or every problem found (as the loader words them, without file and id). */
    public record Checked(Optional<Item> item, List<String> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A deck with documents is held to the loader's rules: an explanation and at least one verbatim quote. A
     * deck without any (an imported one, or one a learner starts empty) has nothing to quote, so its items are
     * checked as an import is: content, key point, kind and Bloom level; explanation and sources may be empty.
     *
     * @param entry         the entry as an items file holds it ({@code id}, {@code keyPoint}, {@code type},
     *                      {@code bloom}, content fields, {@code explanation}, {@code sources})
     * @param documents     every document known, by name
     * @param deckDocuments the deck's documents, in order (the first is a source's default)
     * @param keyPoints     ids of the deck's key points
     */
    public static Checked check(Map<String, Object> entry, Map<String, SourceDocument> documents,
                                List<String> deckDocuments, Set<String> keyPoints) {
        var problems = new ArrayList<String>();
        var parser = new ItemParser(null, documents, deckDocuments.isEmpty() ? null : deckDocuments.get(0),
                deckDocuments, keyPoints, problems, !deckDocuments.isEmpty());
        Optional<Item> item = parser.parse(entry);
        return new Checked(problems.isEmpty() ? item : Optional.empty(), problems);
    }

    /**
     * What keeps content made elsewhere (an import) from being an item, in the loader's words: a missing or blank
     * field, no cloze deletion, too few options. Empty when it is fine. Sources and explanation are not asked for.
     */
    public static List<String> contentProblems(ItemContent content) {
        try {
            ItemContent.fromMap(content.type(), content.toMap());
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
        return ItemParser.shapeProblems(content);
    }

    /**
     * The entry an items file would hold for {@code item}: the source's document only when it is not the
     * deck's first, and an occurrence only when the quote occurs more than once in its document.
     */
    public static Map<String, Object> toEntry(Item item, List<String> deckDocuments,
                                              Map<String, SourceDocument> documents) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("id", item.id());
        entry.put("keyPoint", item.keyPoint());
        entry.put("type", item.type().yamlName());
        entry.put("bloom", item.bloom().yamlName());
        entry.putAll(item.content().toMap());
        entry.put("explanation", item.explanation());
        if (!item.note().isEmpty()) {
            entry.put("note", item.note());
        }
        if (!item.tags().isEmpty()) {
            entry.put("tags", item.tags());
        }
        entry.put("sources", item.sources().stream().map(s -> source(s, deckDocuments, documents)).toList());
        return entry;
    }

    /** A span as a source entry: its quote, plus document and occurrence where they are needed. */
    public static Map<String, Object> source(SourceSpan span, List<String> deckDocuments,
                                             Map<String, SourceDocument> documents) {
        var source = new LinkedHashMap<String, Object>();
        source.put("quote", span.quote());
        if (deckDocuments.isEmpty() || !deckDocuments.get(0).equals(span.document())) {
            source.put("document", span.document());
        }
        SourceDocument document = documents.get(span.document());
        if (document != null) {
            List<Integer> starts = document.occurrencesOf(span.quote());
            if (starts.size() > 1 && starts.contains(span.start())) {
                source.put("occurrence", starts.indexOf(span.start()) + 1);
            }
        }
        return source;
    }
}
