package app.flashpoint.core.generate.draft;

import app.flashpoint.core.generate.text.Words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds answer-worthy phrases: role phrases and the most salient content-word run of a sentence. */
final class Terms {
    private static final Pattern ROLE = Pattern.compile("(?<!such )(?<!well )\\bas an? ");
    private static final Set<String> CONNECTORS = Set.of("of", "for");
    private static final int MAX_TERM_WORDS = 4;

    private final String text;
    private final Map<String, Integer> sentenceFrequency = new HashMap<>();
    private final int sentences;

    Terms(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences.size();
        for (Sentence s : sentences) {
            Words.contentWords(s.text()).stream().map(Words::stem).distinct()
                    .forEach(w -> sentenceFrequency.merge(w, 1, Integer::sum));
        }
    }

    /** Every "as a X" phrase of the document, X cut to its head phrase. */
    List<Term> roles(List<Sentence> all) {
        var roles = new ArrayList<Term>();
        for (Sentence s : all) {
            Matcher m = ROLE.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                head(m.end(), s.end()).map(t -> new Term(t.text(), t.start(), t.end(), Term.Kind.ROLE))
                        .ifPresent(roles::add);
            }
        }
        return roles;
    }

    /**
     * The noun-phrase-like run starting at {@code from}: content words, joined by "of"/"for" when another
     * content word follows, at most four words, stopping at punctuation.
     */
    Optional<Term> head(int from, int limit) {
        var words = Words.spans(text.substring(from, limit));
        int taken = 0;
        int end = from;
        int expected = from;
        for (int i = 0; i < words.size() && taken < MAX_TERM_WORDS; i++) {
            Words.Span w = words.get(i);
            int absStart = from + w.start();
            if (!text.substring(expected, absStart).isBlank()) {
                break;
            }
            boolean connector = CONNECTORS.contains(w.word()) && taken > 0 && i + 1 < words.size()
                    && !Words.isStopWord(words.get(i + 1).word())
                    && text.substring(from + w.end(), from + words.get(i + 1).start()).isBlank();
            if (Words.isStopWord(w.word()) && !connector || w.word().matches("\\d+") || w.word().endsWith("ly")) {
                break;
            }
            taken++;
            end = from + w.end();
            expected = end;
        }
        if (taken == 0 || CONNECTORS.contains(Words.of(text.substring(from, end)).get(taken - 1))) {
            return Optional.empty();
        }
        return Optional.of(new Term(text.substring(from, end), from, end, Term.Kind.CONCEPT));
    }

    /** The run of content words ending just before {@code end} (e.g. the term a "By that I mean" explains). */
    Optional<Term> tail(int sentenceStart, int end) {
        var words = Words.spans(text.substring(sentenceStart, end));
        int i = words.size() - 1;
        int count = 0;
        while (i >= 0 && count < 3 && !Words.isStopWord(words.get(i).word())) {
            i--;
            count++;
        }
        if (count == 0) {
            return Optional.empty();
        }
        int from = sentenceStart + words.get(i + 1).start();
        int to = sentenceStart + words.get(words.size() - 1).end();
        return Optional.of(new Term(text.substring(from, to), from, to, Term.Kind.CONCEPT));
    }

    /**
     * The best phrase to blank in a sentence: salient words repeated elsewhere in the document but not so
     * common that they are its topic (blanking "China" in a text about China tests nothing).
     */
    Optional<Term> salient(Sentence s) {
        Term best = null;
        double bestScore = 0;
        for (Words.Span w : Words.spans(s.text())) {
            if (Words.isStopWord(w.word()) || !Character.isLetter(w.word().charAt(0))) {
                continue;
            }
            var term = head(s.start() + w.start(), s.end());
            if (term.isEmpty()) {
                continue;
            }
            double score = score(term.get().text());
            if (score > bestScore) {
                best = term.get();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    double score(String phrase) {
        double score = 0;
        for (String word : Words.contentWords(phrase)) {
            int df = sentenceFrequency.getOrDefault(Words.stem(word), 0);
            boolean topic = df > Math.max(3, sentences / 12);
            if (!topic && word.length() > 3 && !word.endsWith("ly")) {
                score += Math.log(1 + df) + word.length() / 10.0;
            }
        }
        return score;
    }
}
