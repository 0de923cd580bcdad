package app.flashpoint.core.generate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level helpers shared by marking, linting and drafting, so that "the same answer" and "a stop word"
 * mean one thing across the engine.
 */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[’'.\\-][\\p{L}\\p{N}]+)*\\.?");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> STOP_WORDS = Set.copyOf(List.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for",
            "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
            "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "like", "may",
            "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off",
            "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "quite",
            "rather", "really", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
            "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
            "too", "under", "until", "up", "very", "was", "we", "well", "were", "what", "when", "where", "whether",
            "which", "while", "who", "whom", "why", "will", "with", "would", "yes", "yet", "you", "your", "yours",
            "yourself", "yourselves", "let", "lot", "thing", "things", "way", "ways", "kind", "sort", "get", "got",
            "say", "said", "says", "think", "see", "seen", "still", "though", "although", "however", "therein",
            "whatever", "something", "anything", "everything", "nothing", "someone", "regarding", "concerning",
            "including", "toward", "towards", "among", "across", "around", "upon", "onto", "via", "within", "without", "another", "every", "many", "several", "again", "part", "parts",
            "i’m", "it’s", "that’s", "don’t", "didn’t", "isn’t", "there’s", "they’re", "we’ve", "can’t", "won’t",
            "i'm", "it's", "that's", "don't", "didn't", "isn't", "there's", "they're", "we've", "can't", "won't"));

    private Words() {
    }

    /** Lower-case words in order, with possessive and trailing-period forms reduced to the bare word. */
    public static List<String> of(String text) {
        return spans(text).stream().map(Span::word).toList();
    }

    /** Words with their offsets into {@code text}. */
    public static List<Span> spans(String text) {
        var spans = new ArrayList<Span>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            // A trailing period belongs to the word only for abbreviations like "U.S.", not at a sentence end.
            if (text.charAt(end - 1) == '.' && !m.group().substring(0, m.group().length() - 1).contains(".")) {
                end--;
            }
            String surface = text.substring(m.start(), end);
            spans.add(new Span(m.start(), end, bare(surface)));
        }
        return spans;
    }

    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(bare(word));
    }

    /** True when every word of {@code phrase} is a stop word (or it has none): never worth blanking. */
    public static boolean isAllStopWords(String phrase) {
        return of(phrase).stream().allMatch(Words::isStopWord);
    }

    public static List<String> contentWords(String text) {
        return of(text).stream().filter(w -> !STOP_WORDS.contains(w)).toList();
    }

    /**
     * How learners' answers and options are compared: case, typographic quotes, surrounding punctuation,
     * articles and runs of spaces do not count.
     */
    public static String normalised(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'')
                .replace('“', '"').replace('”', '"').replace('—', ' ').replace('–', '-');
        var kept = new ArrayList<String>();
        for (String token : lower.strip().split("\\s+")) {
            String t = token.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
            if (!t.isEmpty() && !ARTICLES.contains(t)) {
                kept.add(t);
            }
        }
        return String.join(" ", kept);
    }

    /** A crude suffix-stripping stem, enough to see "compartmentalize" and "compartmentalization" as one. */
    public static String stem(String word) {
        String w = bare(word);
        for (String suffix : new String[]{"izations", "ization", "izing", "ized", "izes", "ize", "ations", "ation",
                "ness", "ments", "ment", "ities", "ity", "ances", "ance", "ences", "ence", "ings", "ing", "ies", "ed", "es", "e", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /**
     * True when one phrase's content words (stemmed) include all of the other's: the two are then the same
     * answer, a superset or a near-synonym, never a fair distractor for each other.
     */
    public static boolean related(String a, String b) {
        if (normalised(a).equals(normalised(b))) {
            return true;
        }
        var sa = contentWords(a).stream().map(Words::stem).collect(java.util.stream.Collectors.toSet());
        var sb = contentWords(b).stream().map(Words::stem).collect(java.util.stream.Collectors.toSet());
        if (sa.isEmpty() || sb.isEmpty()) {
            return false;
        }
        return sa.containsAll(sb) || sb.containsAll(sa);
    }

    public static int count(String text) {
        return spans(text).size();
    }

    private static String bare(String surface) {
        String w = surface.toLowerCase(Locale.ROOT).replace('\'', '’');
        if (w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }

    /** A word at {@code [start, end)} of the text it came from; {@code word} is lower-cased. */
    public record Span(int start, int end, String word) {
    }
}
