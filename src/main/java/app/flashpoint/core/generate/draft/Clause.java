package app.flashpoint.core.generate.draft;

/**
 * Cuts a long sentence down to the clause holding a term, at dashes, semicolons and colons, because a
 * card should ask one thing and its quote should answer it alone.
 */
final class Clause {
    static final int LONG_SENTENCE_WORDS = 28;
    private static final String BOUNDARIES = "—;:";

    private Clause() {
    }

    /** [start, end) of the clause of sentence {@code s} that contains [termStart, termEnd). */
    static int[] around(String text, Sentence s, int termStart, int termEnd) {
        if (app.flashpoint.core.generate.text.Words.count(s.text()) <= LONG_SENTENCE_WORDS) {
            return new int[]{s.start(), s.end()};
        }
        int start = s.start();
        for (int i = termStart - 1; i > s.start(); i--) {
            if (BOUNDARIES.indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        int end = s.end();
        for (int i = termEnd; i < s.end(); i++) {
            if (BOUNDARIES.indexOf(text.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (app.flashpoint.core.generate.text.Words.count(text.substring(start, end)) < 6) {
            return new int[]{s.start(), s.end()};
        }
        return new int[]{start, end};
    }
}
