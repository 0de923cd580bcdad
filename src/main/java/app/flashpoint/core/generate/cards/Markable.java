package app.flashpoint.core.generate.cards;

import app.flashpoint.core.generate.text.Words;

/**
 * Which cards a quiz can mark. A basic or reversible card is typed and marked only when its back is a short
 * answer: at most {@link #MAX_TYPED_WORDS} words once a parenthetical is removed, not counting articles and
 * the other little words ("the outbreak of the Korean War" is three). Nobody types a sentence the way the
 * author wrote it, so a long back could only be self-rated.
 */
public final class Markable {
    static final int MAX_TYPED_WORDS = 4;

    private Markable() {
    }

    /** True when the learner types the answer and the marker can judge it. */
    public static boolean isTyped(Card card) {
        CardFace face = card.face();
        if (face instanceof CardFace.FrontBack fb) {
            return Words.contentWords(withoutParenthetical(fb.back())).size() <= MAX_TYPED_WORDS;
        }
        return face instanceof CardFace.Cloze || face instanceof CardFace.TypeIn;
    }

    /** True when a quiz can mark the card: every kind but a front/back card with a long back. */
    public static boolean inQuiz(Card card) {
        return !(card.face() instanceof CardFace.FrontBack) || isTyped(card);
    }

    static String withoutParenthetical(String text) {
        int paren = text.indexOf('(');
        return paren > 0 ? text.substring(0, paren) : text;
    }
}
