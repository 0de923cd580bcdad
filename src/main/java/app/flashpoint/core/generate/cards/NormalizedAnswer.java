package app.flashpoint.core.generate.cards;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A typed answer reduced to what a teacher would compare: words without case, accents, punctuation or
 * articles, hyphens read as spaces, number words up to twenty as digits, and a few abbreviations spelled one
 * way ("U.S.", "USA", "United States" are all "us"). Two answers with the same {@link #words()} say the same;
 * {@link #spelled()} are the words before abbreviating, where a typo in "United Sates" can still be seen.
 */
record NormalizedAnswer(List<String> words, List<String> spelled) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");
    // Dotted forms are matched before punctuation goes, so "u.s." is not read as the words "u" and "s".
    // Longest first: "u.s.a." before "u.s.", "united states of america" before "united states".
    private static final List<Map.Entry<String, String>> DOTTED = List.of(Map.entry("u.s.a.", " us "),
            Map.entry("u.s.", " us "), Map.entry("u.k.", " uk "), Map.entry("u.n.", " un "),
            Map.entry("e.u.", " eu "), Map.entry("&", " and "));
    private static final List<Map.Entry<List<String>, String>> PHRASES = List.of(
            Map.entry(List.of("united", "states", "of", "america"), "us"), Map.entry(List.of("united", "states"), "us"),
            Map.entry(List.of("usa"), "us"), Map.entry(List.of("united", "kingdom"), "uk"),
            Map.entry(List.of("united", "nations"), "un"), Map.entry(List.of("european", "union"), "eu"),
            Map.entry(List.of("versus"), "vs"));

    static NormalizedAnswer of(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("’", "").replace("'", "");
        for (var e : DOTTED) {
            s = s.replace(e.getKey(), e.getValue());
        }
        var words = new ArrayList<String>();
        for (String w : NOT_WORD.split(s)) {
            if (w.isEmpty() || ARTICLES.contains(w)) {
                continue;
            }
            int n = NUMBERS.indexOf(w);
            words.add(n >= 0 ? Integer.toString(n) : w);
        }
        return new NormalizedAnswer(List.copyOf(phrases(words)), List.copyOf(words));
    }

    private static List<String> phrases(List<String> words) {
        var out = new ArrayList<String>();
        outer:
        for (int i = 0; i < words.size(); i++) {
            for (var e : PHRASES) {
                List<String> p = e.getKey();
                if (i + p.size() <= words.size() && words.subList(i, i + p.size()).equals(p)) {
                    out.add(e.getValue());
                    i += p.size() - 1;
                    continue outer;
                }
            }
            out.add(words.get(i));
        }
        return out;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words run together, so that "counter balance" and "counterbalance" meet. */
    String joined() {
        return String.join("", words);
    }

    String spaced() {
        return String.join(" ", words);
    }

    NormalizedAnswer spelledOut() {
        return new NormalizedAnswer(spelled, spelled);
    }

    /** Where {@code key}'s words stand together inside this answer, or -1. */
    int indexOf(NormalizedAnswer key) {
        return java.util.Collections.indexOfSubList(words, key.words);
    }
}
