package app.flashpoint.core.bank;

import app.flashpoint.core.document.SourceDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses and checks one item entry of an items file, reporting problems as "file: id: what" (or just
 * "what" when {@code file} is null: a form, see {@link ItemEntries}).
 */
final class ItemParser {
    private final String file;
    private final Map<String, SourceDocument> documents;
    private final String defaultDocument;
    private final List<String> deckDocuments;
    private final Set<String> keyPoints;
    private final List<String> problems;
    /** Whether an explanation and a source quote are required: always in the bank; see ItemEntries.check. */
    private final boolean sourced;

    ItemParser(String file, Map<String, SourceDocument> documents, String defaultDocument,
               List<String> deckDocuments, Set<String> keyPoints, List<String> problems) {
        this(file, documents, defaultDocument, deckDocuments, keyPoints, problems, true);
    }

    ItemParser(String file, Map<String, SourceDocument> documents, String defaultDocument,
               List<String> deckDocuments, Set<String> keyPoints, List<String> problems, boolean sourced) {
        this.sourced = sourced;
        this.file = file;
        this.documents = documents;
        this.defaultDocument = defaultDocument;
        this.deckDocuments = deckDocuments;
        this.keyPoints = keyPoints;
        this.problems = problems;
    }

    Optional<Item> parse(Object entry) {
        if (!(entry instanceof Map<?, ?> map)) {
            problems.add(file == null ? "an item must be a mapping" : file + ": an item must be a YAML mapping");
            return Optional.empty();
        }
        var fields = new ContentFields(map);
        String id;
        try {
            id = fields.text("id");
        } catch (IllegalArgumentException e) {
            problems.add(file == null ? "missing id" : file + ": item without an id");
            return Optional.empty();
        }
        int before = problems.size();
        if (!BankReader.SLUG.matcher(id).matches()) {
            report(id, "id must be kebab-case (lower-case letters, digits, dashes)");
        }
        String keyPoint = text(id, fields, "keyPoint");
        if (keyPoint != null && !keyPoints.contains(keyPoint)) {
            report(id, "unknown key point '" + keyPoint + "'");
        }
        String typeName = text(id, fields, "type");
        ItemType type = typeName == null ? null : ItemType.fromYaml(typeName).orElse(null);
        if (typeName != null && type == null) {
            report(id, "unknown type '" + typeName + "'");
        }
        String bloomName = text(id, fields, "bloom");
        Bloom bloom = bloomName == null ? null : Bloom.fromYaml(bloomName).orElse(null);
        if (bloomName != null && bloom == null) {
            report(id, "unknown Bloom level '" + bloomName + "'");
        }
        if (sourced && (map.get("explanation") == null || map.get("explanation").toString().isBlank())) {
            report(id, "missing explanation");
        }
        ItemContent content = null;
        if (type != null) {
            try {
                content = ItemContent.fromMap(type, map);
                checkShape(id, content);
            } catch (IllegalArgumentException e) {
                report(id, e.getMessage());
            }
        }
        List<SourceSpan> sources = sources(id, map.get("sources"));
        if (problems.size() > before) {
            return Optional.empty();
        }
        Object note = map.get("note");
        if (note instanceof Map || note instanceof List) {
            report(id, "field 'note' must be text");
            return Optional.empty();
        }
        Object tags = map.get("tags");
        if (tags != null && !(tags instanceof List<?> list && list.stream().allMatch(
                t -> t instanceof String tag && !tag.isBlank() && !tag.strip().contains(" ")))) {
            report(id, "field 'tags' must be a list of words (no spaces inside a tag)");
            return Optional.empty();
        }
        List<String> tagList = tags == null ? List.of()
                : ((List<?>) tags).stream().map(t -> t.toString().strip()).distinct().toList();
        String explanation = map.get("explanation") == null ? "" : map.get("explanation").toString().strip();
        return Optional.of(new Item(id, keyPoint, bloom, content, explanation, sources,
                note == null ? "" : note.toString(), tagList));
    }

    private void checkShape(String id, ItemContent content) {
        shapeProblems(content).forEach(problem -> report(id, problem));
    }

    /** What makes content unusable beyond its fields' presence: no deletion, too few options, a repeated option. */
    static List<String> shapeProblems(ItemContent content) {
        var problems = new ArrayList<String>();
        if (content instanceof ItemContent.Cloze c && new ClozeText(c.text()).numbers().isEmpty()) {
            problems.add("cloze text has no {{c1::…}} deletion");
        } else if (content instanceof ItemContent.MultipleChoice mc) {
            if (mc.distractors().size() < 2) {
                problems.add("too few options: a multiple-choice item needs at least 2 distractors");
            }
            var options = new HashSet<String>();
            options.add(normalised(mc.answer()));
            for (var d : mc.distractors()) {
                if (!options.add(normalised(d.text()))) {
                    problems.add("two options are the same: '" + d.text() + "'");
                }
            }
        } else if (content instanceof ItemContent.Ordering o && o.sequence().size() < 2) {
            problems.add("an ordering item needs at least 2 elements");
        } else if (content instanceof ItemContent.Matching m && m.pairs().size() < 2) {
            problems.add("a matching item needs at least 2 pairs");
        }
        return problems;
    }

    private List<SourceSpan> sources(String id, Object yaml) {
        var spans = new ArrayList<SourceSpan>();
        if (!(yaml instanceof List<?> list) || list.isEmpty()) {
            if (sourced) {
                report(id, "no source quote (every item needs at least one)");
            }
            return spans;
        }
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> source) || source.get("quote") == null) {
                report(id, "a source needs a 'quote'");
                continue;
            }
            String quote = source.get("quote").toString();
            String document = source.get("document") == null ? defaultDocument : source.get("document").toString();
            locate(id, document, quote, source.get("occurrence")).ifPresent(spans::add);
        }
        return spans;
    }

    private Optional<SourceSpan> locate(String id, String documentName, String quote, Object occurrence) {
        SourceDocument document = documents.get(documentName);
        if (document == null || !deckDocuments.contains(documentName)) {
            report(id, "unknown document '" + documentName + "' (list it under the deck's documents)");
            return Optional.empty();
        }
        List<Integer> starts = document.occurrencesOf(quote);
        String shortQuote = quote.length() > 60 ? quote.substring(0, 57) + "…" : quote;
        if (starts.isEmpty()) {
            report(id, "quote not found in " + documentName + ": \"" + shortQuote + "\"");
            return Optional.empty();
        }
        int index;
        if (occurrence == null) {
            if (starts.size() > 1) {
                report(id, "quote occurs " + starts.size() + " times in " + documentName
                        + ", add 'occurrence' (1-" + starts.size() + "): \"" + shortQuote + "\"");
                return Optional.empty();
            }
            index = 0;
        } else {
            try {
                index = Integer.parseInt(occurrence.toString()) - 1;
            } catch (NumberFormatException e) {
                index = -1;
            }
            if (index < 0 || index >= starts.size()) {
                report(id, "occurrence " + occurrence + " out of range: the quote occurs " + starts.size()
                        + " time(s): \"" + shortQuote + "\"");
                return Optional.empty();
            }
        }
        int start = starts.get(index);
        return Optional.of(new SourceSpan(documentName, quote, start, start + quote.length()));
    }

    private String text(String id, ContentFields fields, String field) {
        try {
            return fields.text(field);
        } catch (IllegalArgumentException e) {
            report(id, e.getMessage());
            return null;
        }
    }

    private void report(String id, String problem) {
        problems.add(file == null ? problem : file + ": " + id + ": " + problem);
    }

    static String normalised(String option) {
        return option.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}’“”]", "").replaceAll("\\s+", " ").strip();
    }
}
