package app.flashpoint.core.generate.cards;

import java.util.Locale;

/**
 * What an answer to a card looks like when a program sends one: typed text, the text of the chosen option,
 * true or false, the elements in order, left-to-right pairs; or nothing, for a card its learner rates alone.
 */
public enum AnswerShape {
    TEXT, CHOICE, TRUTH, ORDER, PAIRS, SELF_RATED;

    public static AnswerShape of(Card card) {
        CardFace face = card.face();
        if (face instanceof CardFace.MultipleChoice) {
            return CHOICE;
        } else if (face instanceof CardFace.TrueFalse) {
            return TRUTH;
        } else if (face instanceof CardFace.Ordering) {
            return ORDER;
        } else if (face instanceof CardFace.Matching) {
            return PAIRS;
        }
        return Markable.isTyped(card) ? TEXT : SELF_RATED;
    }

    /** The shape's name in the JSON API: {@code self_rated}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
