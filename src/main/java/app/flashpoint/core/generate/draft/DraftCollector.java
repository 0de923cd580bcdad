package app.flashpoint.core.generate.draft;

import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.SourceSpan;
import app.flashpoint.core.generate.lint.ItemLint;
import app.flashpoint.core.generate.lint.LintWarning;
import app.flashpoint.core.generate.text.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accumulates key points and items with unique ids, exact spans and lint. A draft with a blocking lint
 * warning, or one whose content was already proposed, is dropped here so every finder can stay simple.
 */
final class DraftCollector {
    private final String document;
    private final String text;
    private final List<DraftKeyPoint> keyPoints = new ArrayList<>();
    private final List<DraftItem> items = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> contents = new HashSet<>();
    private final Map<Term, Set<String>> contextStems = new HashMap<>();

    DraftCollector(String document, String text) {
        this.document = document;
        this.text = text;
    }

    SourceSpan span(int start, int end) {
        return new SourceSpan(document, text.substring(start, end), start, end);
    }

    String keyPoint(String title, List<SourceSpan> sources) {
        String id = unique(slug(title));
        keyPoints.add(new DraftKeyPoint(id, title, sources));
        return id;
    }

    boolean covers(int start, int end) {
        return keyPoints.stream().flatMap(k -> k.sources().stream()).anyMatch(s -> s.start() <= start && end <= s.end());
    }

    /** A cloze over {@code [start, end)} blanking each term (c1, c2… in text order). */
    boolean cloze(String keyPoint, int start, int end, List<Term> blanks) {
        var sorted = new ArrayList<>(blanks);
        sorted.sort(Comparator.comparingInt(Term::start));
        var sb = new StringBuilder();
        int at = start;
        int n = 1;
        for (Term t : sorted) {
            if (t.start() < at || t.end() > end) {
                return false;
            }
            sb.append(text, at, t.start()).append("{{c").append(n++).append("::").append(t.text()).append("}}");
            at = t.end();
        }
        sb.append(text, at, end);
        return item(keyPoint, "cloze", new ItemContent.Cloze(sb.toString().strip()), List.of(span(start, end)));
    }

    /** A multiple-choice stem from {@code [start, end)} with the key blanked; distractors of the key's kind. */
    boolean multipleChoice(String keyPoint, int start, int end, Term key, List<Term> pool) {
        String clause = text.substring(start, end);
        String question = (text.substring(start, key.start()) + "___" + text.substring(key.end(), end)).strip();
        var distractors = new ArrayList<ItemContent.Distractor>();
        var ranked = new ArrayList<>(pool);
        // Distractors from nearby talk on the same subject are plausible; a role from a biography is not.
        Set<String> clauseStems = stems(clause);
        var shared = new HashMap<Term, Integer>();
        pool.forEach(t -> shared.put(t, sharedWords(clauseStems, contextStems(t))));
        ranked.sort(Comparator.comparingInt((Term t) -> -shared.get(t)).thenComparingInt(Term::start));
        for (Term t : ranked) {
            if (shared.get(t) < 2) {
                continue;
            }
            if (distractors.size() == 3) {
                break;
            }
            boolean usable = t.kind() == key.kind() && !Words.related(t.text(), key.text())
                    && !clause.toLowerCase(Locale.ROOT).contains(t.text().toLowerCase(Locale.ROOT))
                    && distractors.stream().noneMatch(d -> Words.related(d.text(), t.text()));
            if (usable) {
                distractors.add(new ItemContent.Distractor(t.text(),
                        "the document uses “" + t.text() + "” for something else: “" + snippet(t) + "”"));
            }
        }
        if (distractors.size() < 2) {
            return false;
        }
        return item(keyPoint, "mc", new ItemContent.MultipleChoice(question, key.text(), distractors),
                List.of(span(start, end)));
    }

    boolean item(String keyPoint, String kind, ItemContent content, List<SourceSpan> sources) {
        if (!contents.add(content.type() + "|" + content.toMap())) {
            return false;
        }
        List<LintWarning> lint = ItemLint.check(content);
        if (lint.stream().anyMatch(w -> w.code().blocksDrafts())) {
            return false;
        }
        items.add(new DraftItem(unique(keyPoint + "-" + kind), content.type(), keyPoint, content, sources, lint));
        return true;
    }

    Drafts drafts() {
        var used = new HashSet<String>();
        items.forEach(i -> used.add(i.keyPoint()));
        return new Drafts(keyPoints.stream().filter(k -> used.contains(k.id())).toList(), items);
    }

    /**
     * The stems around a term, computed once per term: the pool is every role of the document and is
     * ranked for each multiple-choice item, so recomputing them made long documents quadratic in regex work.
     */
    private Set<String> contextStems(Term t) {
        return contextStems.computeIfAbsent(t, term -> {
            int from = Math.max(0, term.start() - 200);
            int to = Math.min(text.length(), term.end() + 200);
            return stems(text.substring(from, to));
        });
    }

    private static Set<String> stems(String s) {
        var stems = new HashSet<String>();
        Words.contentWords(s).forEach(w -> stems.add(Words.stem(w)));
        return stems;
    }

    private static int sharedWords(Set<String> a, Set<String> b) {
        return (int) b.stream().filter(a::contains).count();
    }

    private String snippet(Term t) {
        int from = Math.max(0, text.lastIndexOf(' ', Math.max(0, t.start() - 30)) + 1);
        int to = Math.min(text.length(), t.end() + 30);
        int space = text.indexOf(' ', to);
        return "…" + text.substring(from, space < 0 ? to : space).strip() + "…";
    }

    private String unique(String base) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String title) {
        String slug = String.join("-", Words.contentWords(title).stream().limit(5).toList())
                .replaceAll("[^a-z0-9-]", "").replaceAll("-+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "key-point" : slug;
    }
}
