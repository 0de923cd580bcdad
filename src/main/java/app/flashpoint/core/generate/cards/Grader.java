package app.flashpoint.core.generate.cards;

import java.util.List;

/**
 * Grades a response against a card: the one entry point for study, self-tests, assignments and quizzes, which
 * hands each kind to its marker. A response of the wrong shape for the card is a caller error.
 */
public final class Grader {
    private Grader() {
    }

    public static Grade grade(Card card, Response response) {
        CardFace face = card.face();
        if (face instanceof CardFace.MultipleChoice mc && response instanceof Response.Choice c) {
            return mc.options().stream().anyMatch(o -> o.correct() && o.text().equals(c.option()))
                    ? Grade.of(Mark.CORRECT) : Grade.of(Mark.WRONG, "");
        }
        if (face instanceof CardFace.TrueFalse tf && response instanceof Response.Truth t) {
            return Grade.of(tf.answer() == t.value() ? Mark.CORRECT : Mark.WRONG);
        }
        if (response instanceof Response.Typed typed) {
            if (face instanceof CardFace.TypeIn ti) {
                return TypeInMarker.grade(typed.text(), ti.accepted(), ti.rejected());
            }
            if (face instanceof CardFace.Cloze cl) {
                return TypeInMarker.grade(ClozeContext.withoutRestatedContext(typed.text(), cl), cl.accepted(),
                        cl.others());
            }
            if (face instanceof CardFace.FrontBack fb) {
                // The front is the other direction's answer of a reversible card: never right for this one.
                return TypeInMarker.grade(typed.text(), List.of(fb.back()), List.of(fb.front()));
            }
        }
        if (face instanceof CardFace.FrontBack && response instanceof Response.Recalled r) {
            return Grade.of(r.knew() ? Mark.CORRECT : Mark.WRONG, "You marked this one yourself.");
        }
        if (face instanceof CardFace.Ordering o && response instanceof Response.Order r) {
            return OrderingMarker.grade(o.sequence(), r.sequence());
        }
        if (face instanceof CardFace.Matching m && response instanceof Response.Matches r) {
            return MatchingMarker.grade(m.pairs(), r.rightByLeft());
        }
        throw new IllegalArgumentException("a " + response.getClass().getSimpleName() + " response does not fit a "
                + card.kind() + " card (" + card.id() + ")");
    }
}
