package app.flashpoint.core.generate.draft;

import app.flashpoint.core.generate.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences that say what something is, which become term→meaning and meaning→term items:
 * "By that I mean …" (explaining the previous sentence's last phrase), "What I would argue for is …",
 * and an acronym spelled out after a colon or in brackets ("CVID: Complete, Verifiable, …").
 */
final class Definitions {
    private static final Pattern BY_THAT_I_MEAN = Pattern.compile("^(?:By that|By this|By which) (?:I|we) mean ");
    private static final Pattern ARGUE_FOR = Pattern.compile(
            "(?i)\\bwhat (I|we) (?:would |want to |will )?(?:argue|call|propose|recommend) (?:for )?is ");
    private static final Pattern ACRONYM = Pattern.compile(
            "\\b(\\p{Lu}{2,6}): ((?:\\p{Lu}[\\p{L}-]*,? ){1,5}\\p{Lu}[\\p{L}-]*)");

    enum Shape { MEANING, ARGUMENT, ACRONYM }

    /** {@code term} is what is defined, {@code meaning} the answer, {@code start..end} the supporting span. */
    record Found(Shape shape, Term term, Term meaning, int start, int end, Sentence sentence) {
    }

    private final String text;
    private final List<Sentence> sentences;
    private final Terms terms;

    Definitions(String text, List<Sentence> sentences, Terms terms) {
        this.text = text;
        this.sentences = sentences;
        this.terms = terms;
    }

    List<Found> find() {
        var found = new ArrayList<Found>();
        for (Sentence s : sentences) {
            meaning(s).ifPresent(found::add);
            argument(s).ifPresent(found::add);
            acronym(s).ifPresent(found::add);
        }
        return found;
    }

    private Optional<Found> meaning(Sentence s) {
        Matcher m = BY_THAT_I_MEAN.matcher(s.text());
        if (!m.find() || s.index() == 0) {
            return Optional.empty();
        }
        Sentence previous = sentences.get(s.index() - 1);
        int end = previous.end();
        while (end > previous.start() && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        var term = terms.tail(previous.start(), end);
        int from = s.start() + m.end();
        int to = phraseEnd(from, s.end());
        if (term.isEmpty() || to <= from) {
            return Optional.empty();
        }
        int start = Clause.around(text, previous, term.get().start(), term.get().end())[0];
        return Optional.of(new Found(Shape.MEANING, term.get(), new Term(text.substring(from, to), from, to,
                Term.Kind.CONCEPT), start, to, s));
    }

    private Optional<Found> argument(Sentence s) {
        Matcher m = ARGUE_FOR.matcher(text).region(s.start(), s.end());
        if (!m.find()) {
            return Optional.empty();
        }
        int from = m.end();
        int to = phraseEnd(from, s.end());
        var core = terms.head(skipArticle(from, to), to);
        if (core.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Found(Shape.ARGUMENT, core.get(), new Term(text.substring(from, to), from, to,
                Term.Kind.CONCEPT), s.start(), s.end(), s));
    }

    private Optional<Found> acronym(Sentence s) {
        Matcher m = ACRONYM.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            String expansion = m.group(2);
            var initials = new StringBuilder();
            for (String word : expansion.split("[ ,]+")) {
                initials.append(word.charAt(0));
            }
            if (initials.toString().equals(m.group(1))) {
                return Optional.of(new Found(Shape.ACRONYM,
                        new Term(m.group(1), m.start(1), m.end(1), Term.Kind.CONCEPT),
                        new Term(expansion, m.start(2), m.end(2), Term.Kind.CONCEPT), s.start(), s.end(), s));
            }
        }
        return Optional.empty();
    }

    /** A definition runs to the first dash, semicolon or the sentence end. */
    private int phraseEnd(int from, int limit) {
        int end = limit;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '—' || c == ';' || c == ':') {
                end = i;
                break;
            }
        }
        while (end > from && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** "a very precise one-to-one issue linkage" → "one-to-one issue linkage": articles and intensified adjectives go. */
    private int skipArticle(int from, int to) {
        int at = from;
        var words = Words.spans(text.substring(from, to));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).word();
            boolean intensifier = w.equals("very") || w.equals("really") || w.equals("quite") || w.endsWith("ly");
            if (intensifier && i + 1 < words.size() - 1) {
                i++;
                at = i + 1 < words.size() ? from + words.get(i + 1).start() : to;
            } else if (Words.isStopWord(w)) {
                at = i + 1 < words.size() ? from + words.get(i + 1).start() : to;
            } else {
                break;
            }
        }
        return at;
    }
}
