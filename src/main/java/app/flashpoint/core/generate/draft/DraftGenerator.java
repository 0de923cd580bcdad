package app.flashpoint.core.generate.draft;

import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.SourceSpan;
import app.flashpoint.core.generate.text.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Proposes key points and draft items for a plain-text or Markdown document, offline and deterministically.
 * Pattern finders come first (lists, definitions), because a set or a definition the speaker states is a
 * key point whatever its rank; then the most central sentences by {@link SentenceRank} fill up the rest.
 */
public final class DraftGenerator {
    /** How many central sentences become key points, beyond those the patterns found. */
    static final int CENTRAL_SENTENCES = 8;

    private final String title;
    private final String text;
    private final List<Sentence> sentences;
    private final Terms terms;
    private final List<Term> roles;
    private final DraftCollector out;

    private DraftGenerator(String title, String text) {
        this.title = title;
        this.text = text;
        this.sentences = Sentences.of(text);
        this.terms = new Terms(text, sentences);
        this.roles = terms.roles(sentences);
        this.out = new DraftCollector(title, text);
    }

    /**
     * @param title the document's title or file name; it becomes the {@code document} of every source span
     * @throws NotTextException when the text is empty or is not text
     */
    public static Drafts generate(String title, String text) {
        check(text);
        var generator = new DraftGenerator(title, text);
        generator.run();
        return generator.out.drafts();
    }

    static void check(String text) {
        if (text == null || text.isBlank()) {
            throw new NotTextException("the document is empty");
        }
        long control = text.chars().filter(c -> c == 0 || c == 0xFFFD
                || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t').count();
        if (control > 0 && (text.indexOf(0) >= 0 || control * 100 > text.length())) {
            throw new NotTextException("the document is not plain text (" + control + " control or undecodable characters)");
        }
    }

    private void run() {
        new Enumerations(text, sentences, terms, roles).find().forEach(this::enumeration);
        new Definitions(text, sentences, terms).find().forEach(this::definition);
        central();
    }

    private void enumeration(Enumerations.Found found) {
        var sources = new ArrayList<SourceSpan>();
        sources.add(sentenceSpan(found.announcement()));
        found.elements().stream().map(Enumerations.Element::sentence).distinct()
                .filter(s -> s != found.announcement()).forEach(s -> sources.add(sentenceSpan(s)));
        var concepts = new ArrayList<Term>();
        if (found.inOneSentence()) {
            found.elements().forEach(e -> introduction(e.term(), found.announcement()).ifPresent(concepts::add));
            concepts.forEach(t -> sources.add(sentenceSpan(sentenceOf(t.start()))));
        }
        String keyPoint = out.keyPoint(capitalised(found.title()), sources);
        var terms = found.elements().stream().map(Enumerations.Element::term).toList();
        if (found.inOneSentence()) {
            int[] clause = clauseAround(found.announcement(), terms.get(0).start(), terms.get(terms.size() - 1).end());
            out.cloze(keyPoint, clause[0], clause[1], terms);
            for (Term concept : concepts) {
                Sentence s = sentenceOf(concept.start());
                int[] c = clauseAround(s, concept.start(), concept.end());
                out.cloze(keyPoint, c[0], c[1], List.of(concept));
            }
        } else {
            for (Enumerations.Element e : found.elements()) {
                int[] clause = clauseAround(e.sentence(), e.term().start(), e.term().end());
                out.cloze(keyPoint, clause[0], clause[1], List.of(e.term()));
                if (e.term().kind() == Term.Kind.ROLE) {
                    out.multipleChoice(keyPoint, clause[0], clause[1], e.term(), roles);
                }
            }
        }
        List<String> sequence = found.elements().stream().map(e -> elementLabel(found, e)).toList();
        out.item(keyPoint, "ordering", new ItemContent.Ordering("Put these in the order "
                + speakerName(found.announcement()) + " gives them: “" + withoutElements(found) + "”", sequence), sources);
    }

    /** The set's own sentence with its elements elided, so the prompt names the set without answering it. */
    private String withoutElements(Enumerations.Found found) {
        if (!found.inOneSentence()) {
            int[] c = clauseAround(found.announcement(), found.announcement().start(), found.announcement().start());
            return text.substring(c[0], c[1]);
        }
        var terms = found.elements().stream().map(Enumerations.Element::term).toList();
        int[] c = clauseAround(found.announcement(), terms.get(0).start(), terms.get(terms.size() - 1).end());
        var sb = new StringBuilder();
        int at = c[0];
        for (Term t : terms) {
            sb.append(text, at, t.start()).append('…');
            at = t.end();
        }
        return sb.append(text, at, c[1]).toString();
    }

    /** In "no war, no instability" the element is "war" but the card reads better as "no war". */
    private String elementLabel(Enumerations.Found found, Enumerations.Element e) {
        if (!found.inOneSentence()) {
            return e.term().text();
        }
        int from = e.term().start();
        int space = text.lastIndexOf(' ', from - 2);
        String before = text.substring(space + 1, from).strip();
        return Words.isStopWord(before) && !before.equals("and") && !before.equals("is") ? before + " " + e.term().text()
                : e.term().text();
    }

    /**
     * Where a set element was introduced earlier in its own words ("compartmentalize these two issues"
     * before "one is compartmentalization"): that sentence explains the element, so it is quoted and asked.
     */
    private Optional<Term> introduction(Term element, Sentence listSentence) {
        List<String> stems = Words.contentWords(element.text()).stream().map(Words::stem).toList();
        if (stems.isEmpty()) {
            return Optional.empty();
        }
        for (Sentence s : sentences) {
            if (s.index() >= listSentence.index() || s.turn() != listSentence.turn()) {
                continue;
            }
            for (Words.Span w : Words.spans(s.text())) {
                if (Words.stem(w.word()).equals(stems.get(0)) && !Words.isStopWord(w.word())) {
                    return terms.head(s.start() + w.start(), s.end())
                            .filter(t -> t.end() - t.start() >= element.text().length() / 2);
                }
            }
        }
        return Optional.empty();
    }

    private void definition(Definitions.Found found) {
        if (out.covers(found.start(), found.end())) {
            return;
        }
        String speaker = speakerName(found.sentence());
        var source = List.of(out.span(found.start(), found.end()));
        switch (found.shape()) {
            case MEANING -> {
                String keyPoint = out.keyPoint(capitalised(found.term().text()), source);
                out.item(keyPoint, "basic", new ItemContent.Basic("What does " + speaker + " mean by “"
                        + found.term().text() + "”?", found.meaning().text()), source);
                out.cloze(keyPoint, found.start(), found.end(), List.of(found.term()));
            }
            case ARGUMENT -> {
                String keyPoint = out.keyPoint(capitalised(found.term().text()), source);
                out.item(keyPoint, "short-answer", new ItemContent.ShortAnswer("What does " + speaker
                        + " argue for?", List.of(found.meaning().text(), found.term().text())), source);
                int[] clause = clauseAround(found.sentence(), found.term().start(), found.term().end());
                out.cloze(keyPoint, clause[0], clause[1], List.of(found.term()));
            }
            case ACRONYM -> {
                String keyPoint = out.keyPoint(found.term().text(), source);
                out.item(keyPoint, "reversible", new ItemContent.Reversible(found.term().text(),
                        found.meaning().text()), source);
            }
        }
    }

    /** The most central statements not yet covered, each asked as a cloze on its most salient phrase. */
    private void central() {
        double[] rank = SentenceRank.of(sentences);
        List<Sentence> byRank = IntStream.range(0, sentences.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -rank[i]).thenComparingInt(i -> i))
                .map(sentences::get)
                .filter(s -> !s.isQuestion() && Words.count(s.text()) >= 8)
                .toList();
        int added = 0;
        for (Sentence s : byRank) {
            if (added == CENTRAL_SENTENCES) {
                break;
            }
            if (out.covers(s.start(), s.end())) {
                continue;
            }
            Optional<Term> term = terms.salient(s);
            if (term.isEmpty()) {
                continue;
            }
            int[] clause = clauseAround(s, term.get().start(), term.get().end());
            String keyPoint = out.keyPoint(capitalised(term.get().text()), List.of(out.span(clause[0], clause[1])));
            if (out.cloze(keyPoint, clause[0], clause[1], List.of(term.get()))) {
                added++;
            }
        }
    }

    private int[] clauseAround(Sentence s, int from, int to) {
        return Clause.around(text, s, from, to);
    }

    private SourceSpan sentenceSpan(Sentence s) {
        return out.span(s.start(), s.end());
    }

    private Sentence sentenceOf(int offset) {
        return sentences.stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst().orElseThrow();
    }

    private static String speakerName(Sentence s) {
        if (s.speaker() == null) {
            return "the author";
        }
        String[] parts = s.speaker().split(" ");
        return parts[parts.length - 1];
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
