package app.flashpoint.core.generate.cards;

import app.flashpoint.core.generate.text.EditDistance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Marks a typed answer (short answer, cloze, the back of a basic or reversible card) as a teacher would.
 * Answers are compared after {@link NormalizedAnswer} (case, accents, punctuation, articles, hyphens, number
 * words, abbreviations). Any accepted answer is right, and so is the part of an answer before a parenthetical
 * ("CVID" for "CVID (Luo interview – …)"). Nearly right ({@link Mark#CLOSE}, full marks with a note):
 * <ul>
 *   <li>a typo, forgiven only in proportion to the word's length (none up to 3 letters, one up to 8, two up
 *       to 16, three beyond) and never in a number, because a "typo" in a year or a count is another fact;</li>
 *   <li>the answer with a few words around it ("it was the Korean War").</li>
 * </ul>
 * Always wrong: a known wrong answer ({@code rejected}: distractors, the other blanks of a cloze) or one
 * nearer to it than to the key, the key negated ("no war" for "war"), the key buried in a long text or
 * named alongside a wrong answer (a hedge), and anything longer than {@link #MAX_LENGTH} characters.
 */
public final class TypeInMarker {
    /** Far beyond any answer in the bank; longer input is refused before any work is spent on it. */
    static final int MAX_LENGTH = 1_000;
    private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "non", "without", "neither", "nor",
            "none", "isnt", "dont", "doesnt", "wasnt", "cant", "wont", "anti", "lack", "absence");
    // "instability" is two edits from "stability": a typo's distance, the opposite meaning.
    private static final List<String> NEGATING_PREFIXES = List.of("in", "un", "non", "dis", "im", "il", "ir");

    private TypeInMarker() {
    }

    public static Mark mark(String given, List<String> accepted) {
        return grade(given, accepted, List.of()).mark();
    }

    public static Grade grade(String given, List<String> accepted, List<String> rejected) {
        if (given == null || given.isBlank()) {
            return Grade.of(Mark.WRONG, "No answer given.");
        }
        given = given.strip();
        if (given.length() > MAX_LENGTH) {
            return Grade.of(Mark.WRONG, "Far longer than the answer: give the answer alone.");
        }
        NormalizedAnswer answer = NormalizedAnswer.of(given);
        if (answer.isEmpty()) {
            return Grade.of(Mark.WRONG, "No answer given.");
        }
        List<NormalizedAnswer> keys = keys(accepted);
        List<NormalizedAnswer> wrongs = new ArrayList<>();
        for (String r : rejected) {
            NormalizedAnswer w = NormalizedAnswer.of(r);
            if (!w.isEmpty() && keys.stream().noneMatch(k -> same(k, w))) {
                wrongs.add(w);
            }
        }
        String canonical = accepted.isEmpty() ? "" : accepted.get(0);
        for (int i = 0; i < keys.size(); i++) {
            if (same(keys.get(i), answer)) {
                return Grade.of(Mark.CORRECT, "");
            }
        }
        for (NormalizedAnswer w : wrongs) {
            if (same(w, answer)) {
                return Grade.of(Mark.WRONG, "That is a different answer.");
            }
        }
        NormalizedAnswer typoOf = null;
        int typoDistance = Integer.MAX_VALUE;
        for (NormalizedAnswer k : keys) {
            int d = typoDistance(answer, k);
            if (d < typoDistance) {
                typoDistance = d;
                typoOf = k;
            }
        }
        if (typoOf != null) {
            for (NormalizedAnswer w : wrongs) {
                if (typoDistance(answer, w) <= typoDistance) {
                    return Grade.of(Mark.WRONG, "That is nearer to a different answer.");
                }
            }
            return Grade.of(Mark.CLOSE, "Check the spelling: “" + canonical + "”.");
        }
        return contained(answer, keys, wrongs, canonical);
    }

    /** The answer with words to spare: close when they are few and harmless, else wrong. */
    private static Grade contained(NormalizedAnswer answer, List<NormalizedAnswer> keys, List<NormalizedAnswer> wrongs,
                                   String canonical) {
        for (NormalizedAnswer k : keys) {
            int at = answer.indexOf(k);
            if (at < 0) {
                continue;
            }
            var extra = new ArrayList<>(answer.words().subList(0, at));
            extra.addAll(answer.words().subList(at + k.words().size(), answer.words().size()));
            if (extra.stream().anyMatch(w -> NEGATIONS.contains(w) && !k.words().contains(w))) {
                return Grade.of(Mark.WRONG, "Your answer says the opposite of “" + canonical + "”.");
            }
            if (wrongs.stream().anyMatch(w -> answer.indexOf(w) >= 0 && k.indexOf(w) < 0)) {
                return Grade.of(Mark.WRONG, "Your answer names a wrong answer too.");
            }
            if (extra.size() <= 2 * k.words().size() + 4) {
                return Grade.of(Mark.CLOSE, "The answer is “" + canonical + "”, without the rest.");
            }
            return Grade.of(Mark.WRONG, "The answer is lost among other words: give it alone.");
        }
        return Grade.of(Mark.WRONG, "");
    }

    /** Each accepted answer, and its part before a parenthetical when it has one. */
    private static List<NormalizedAnswer> keys(List<String> accepted) {
        var keys = new ArrayList<NormalizedAnswer>();
        for (String a : accepted) {
            keys.add(NormalizedAnswer.of(a));
            int paren = a.indexOf('(');
            if (paren > 0) {
                NormalizedAnswer before = NormalizedAnswer.of(a.substring(0, paren));
                if (!before.isEmpty()) {
                    keys.add(before);
                }
            }
        }
        keys.removeIf(NormalizedAnswer::isEmpty);
        return keys;
    }

    private static boolean same(NormalizedAnswer a, NormalizedAnswer b) {
        return a.words().equals(b.words()) || a.joined().equals(b.joined());
    }

    /**
     * The typos between an answer and a key, or {@code Integer.MAX_VALUE} when they are more than forgiven:
     * word by word when the words line up (so a short word or a number must be exact), else over the letters
     * run together (a misplaced space), with the short words and numbers still required to match.
     */
    static int typoDistance(NormalizedAnswer answer, NormalizedAnswer key) {
        int d = wordTypos(answer, key);
        boolean abbreviated = !answer.spelled().equals(answer.words()) || !key.spelled().equals(key.words());
        if (d == Integer.MAX_VALUE && abbreviated) {
            d = Math.min(d, wordTypos(answer.spelledOut(), key.spelledOut()));
        }
        return d;
    }

    private static int wordTypos(NormalizedAnswer answer, NormalizedAnswer key) {
        String a = answer.joined();
        String k = key.joined();
        int allowed = allowedTypos(k.length());
        if (allowed == 0 || Math.abs(a.length() - k.length()) > allowed) {
            return Integer.MAX_VALUE;
        }
        List<String> aw = answer.words();
        List<String> kw = key.words();
        if (aw.size() == kw.size()) {
            int total = 0;
            for (int i = 0; i < kw.size(); i++) {
                String x = aw.get(i);
                String y = kw.get(i);
                if (x.equals(y)) {
                    continue;
                }
                if (y.length() <= 3 || x.length() <= 3 || hasDigit(x) || hasDigit(y) || negated(x, y)) {
                    return Integer.MAX_VALUE;
                }
                int d = EditDistance.between(x, y);
                if (d > allowedTypos(y.length())) {
                    return Integer.MAX_VALUE;
                }
                total += d;
            }
            return total <= allowed ? total : Integer.MAX_VALUE;
        }
        if (!exact(aw).equals(exact(kw))) {
            return Integer.MAX_VALUE;
        }
        int d = EditDistance.between(a, k);
        return d <= allowed ? d : Integer.MAX_VALUE;
    }

    private static boolean negated(String x, String y) {
        for (String p : NEGATING_PREFIXES) {
            if (x.equals(p + y) || y.equals(p + x)) {
                return true;
            }
        }
        return false;
    }

    /** The words a typo may not touch: short ones and numbers. */
    private static List<String> exact(List<String> words) {
        return words.stream().filter(w -> w.length() <= 3 || hasDigit(w)).toList();
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int allowedTypos(int length) {
        if (length <= 3) {
            return 0;
        }
        if (length <= 8) {
            return 1;
        }
        return length <= 16 ? 2 : 3;
    }
}
