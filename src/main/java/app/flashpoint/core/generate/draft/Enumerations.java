package app.flashpoint.core.generate.draft;

import app.flashpoint.core.generate.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sets a text gives, so each element gets its own card (docs/ITEMS.md: never "list the three…").
 * Three shapes: a parallel list in one sentence ("no war, no instability, and no nukes"), a paired
 * "one is X, and the second is Y", and a count announced ("in two ways") followed by marked sentences
 * ("First, …"). When only "First" is marked, the remaining elements are taken to open the next
 * paragraphs of the same turn: speakers and writers start a new paragraph for a new element.
 */
final class Enumerations {
    private static final Pattern PARALLEL = Pattern.compile(
            "\\b(\\p{L}+) [\\p{L}-]+(?:, \\1 [\\p{L}-]+)+,? (?:and|or) \\1 [\\p{L}-]+");
    private static final Pattern PAIRED = Pattern.compile(
            "\\b(?:One|The first) is ([^,.;—]+), and the (?:second|other) is ([^,.;—]+)");
    private static final Pattern ANNOUNCED = Pattern.compile(
            "(?i)(?<!these |those |the )\\b(two|three|four|five|six) (ways|parts|steps|forms|reasons|factors|kinds"
                    + "|types|levels|aspects|goals|stages|phases|options|pillars|principles|elements|lessons|things)\\b");
    private static final Pattern MARKER = Pattern.compile(
            "^(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Fifth(?:ly)?|Finally|Lastly|Next)\\b");
    private static final List<String> COUNTS = List.of("two", "three", "four", "five", "six");

    /** A set with a title and its elements; {@code inOneSentence} when all elements share a sentence. */
    record Found(String title, Sentence announcement, List<Element> elements, boolean inOneSentence) {
    }

    record Element(Term term, Sentence sentence) {
    }

    private final String text;
    private final List<Sentence> sentences;
    private final Terms terms;
    private final List<Term> roles;

    Enumerations(String text, List<Sentence> sentences, Terms terms, List<Term> roles) {
        this.text = text;
        this.sentences = sentences;
        this.terms = terms;
        this.roles = roles;
    }

    List<Found> find() {
        var found = new ArrayList<Found>();
        var seen = new ArrayList<String>();
        for (Sentence s : sentences) {
            parallel(s).filter(f -> fresh(f, seen)).ifPresent(found::add);
            paired(s).filter(f -> fresh(f, seen)).ifPresent(found::add);
            announced(s).filter(f -> fresh(f, seen)).ifPresent(found::add);
        }
        return found;
    }

    private static boolean fresh(Found f, List<String> seen) {
        String key = f.elements().stream().map(e -> Words.normalised(e.term().text())).toList().toString();
        if (seen.contains(key)) {
            return false;
        }
        seen.add(key);
        return true;
    }

    private Optional<Found> parallel(Sentence s) {
        Matcher m = PARALLEL.matcher(text).region(s.start(), s.end());
        if (!m.find()) {
            return Optional.empty();
        }
        String head = m.group(1);
        var elements = new ArrayList<Element>();
        Matcher word = Pattern.compile("\\b" + Pattern.quote(head) + " ([\\p{L}-]+)").matcher(text).region(m.start(), m.end());
        while (word.find()) {
            elements.add(new Element(new Term(word.group(1), word.start(1), word.end(1), Term.Kind.ELEMENT), s));
        }
        return Optional.of(new Found(m.group(), s, elements, true));
    }

    private Optional<Found> paired(Sentence s) {
        Matcher m = PAIRED.matcher(text).region(s.start(), s.end());
        if (!m.find()) {
            return Optional.empty();
        }
        var elements = new ArrayList<Element>();
        for (int g = 1; g <= 2; g++) {
            var term = terms.head(m.start(g), m.end(g));
            if (term.isEmpty()) {
                return Optional.empty();
            }
            Term t = term.get();
            elements.add(new Element(new Term(t.text(), t.start(), t.end(), Term.Kind.ELEMENT), s));
        }
        String title = elements.get(0).term().text() + " and " + elements.get(1).term().text();
        return Optional.of(new Found(title, s, elements, true));
    }

    private Optional<Found> announced(Sentence s) {
        Matcher m = ANNOUNCED.matcher(text).region(s.start(), s.end());
        if (!m.find()) {
            return Optional.empty();
        }
        int count = COUNTS.indexOf(m.group(1).toLowerCase()) + 2;
        var elements = new ArrayList<Element>();
        boolean firstMarked = false;
        int lastParagraph = s.paragraph();
        for (int i = s.index() + 1; i < sentences.size() && elements.size() < count; i++) {
            Sentence next = sentences.get(i);
            if (next.turn() != s.turn()) {
                break;
            }
            if (elements.isEmpty() && ANNOUNCED.matcher(next.text()).find()) {
                return Optional.empty(); // a nearer announcement owns the list ("two parts. … in two ways. First, …")
            }
            boolean marked = MARKER.matcher(next.text()).find();
            boolean opensLaterParagraph = firstMarked && next.firstInParagraph() && next.paragraph() > lastParagraph;
            if (marked || opensLaterParagraph) {
                firstMarked |= next.text().startsWith("First");
                elementOf(next).ifPresent(t -> elements.add(new Element(t, next)));
                lastParagraph = next.paragraph();
            }
        }
        if (elements.size() != count) {
            return Optional.empty();
        }
        return Optional.of(new Found(title(s, m), s, elements, false));
    }

    /** What the element sentence names: its "as a X" phrase if it has one, else its most salient phrase. */
    private Optional<Term> elementOf(Sentence s) {
        return roles.stream().filter(r -> r.start() >= s.start() && r.end() <= s.end()).findFirst()
                .or(() -> terms.salient(s));
    }

    /** "leverage in two ways": the content words just before the count, and the count phrase. */
    private String title(Sentence s, Matcher m) {
        var before = Words.spans(text.substring(s.start(), m.start()));
        int from = m.start();
        for (int i = before.size() - 1, taken = 0; i >= 0 && taken < 3; i--) {
            String w = before.get(i).word();
            if (w.equals("in") && taken == 0) {
                from = s.start() + before.get(i).start();
                continue;
            }
            if (Words.isStopWord(w)) {
                break;
            }
            from = s.start() + before.get(i).start();
            taken++;
        }
        return text.substring(from, m.end());
    }
}
