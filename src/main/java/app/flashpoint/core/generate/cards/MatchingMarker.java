package app.flashpoint.core.generate.cards;

import app.flashpoint.core.bank.ItemContent.Pair;

import java.util.List;
import java.util.Map;

/** Per pair: the score is the share of left sides given their right partner; all of them is correct. */
final class MatchingMarker {
    private MatchingMarker() {
    }

    static Grade grade(List<Pair> pairs, Map<String, String> rightByLeft) {
        int right = (int) pairs.stream().filter(p -> p.right().equals(rightByLeft.get(p.left()))).count();
        int of = pairs.size();
        if (right == of) {
            return new Grade(Mark.CORRECT, 1, "");
        }
        double score = of == 0 ? 0 : (double) right / of;
        return new Grade(Mark.WRONG, score, right + " of " + of + " pairs right.");
    }
}
