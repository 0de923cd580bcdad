package app.flashpoint.core.generate.cards;

import app.flashpoint.core.generate.text.EditDistance;
import app.flashpoint.core.generate.text.Words;

import java.util.List;

/**
 * Marks a typed answer leniently but honestly. Case, surrounding punctuation, articles and extra spaces
 * never matter; a typo is forgiven only in proportion to the answer's length (none up to 3 letters, one
 * up to 8, two up to 16, three beyond), and digits must match exactly, because a "typo" in a year or a
 * count is a different fact.
 */
public final class TypeInMarker {
    private TypeInMarker() {
    }

    public static Mark mark(String given, List<String> accepted) {
        String answer = Words.normalised(given == null ? "" : given);
        if (answer.isEmpty()) {
            return Mark.WRONG;
        }
        Mark best = Mark.WRONG;
        for (String candidate : accepted) {
            String expected = Words.normalised(candidate);
            if (expected.equals(answer) || expected.replace(" ", "").equals(answer.replace(" ", ""))) {
                return Mark.CORRECT;
            }
            if (digits(expected).equals(digits(answer))
                    && EditDistance.between(expected, answer) <= allowedTypos(expected.length())) {
                best = Mark.CORRECT_WITH_TYPO;
            }
        }
        return best;
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

    private static String digits(String s) {
        return s.replaceAll("\\D", "");
    }
}
