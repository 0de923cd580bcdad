package app.flashpoint.core.generate.cards;

import java.util.List;

/** Grades a response against a card; a response of the wrong shape for the card is a caller error. */
public final class Grader {
    private Grader() {
    }

    public static Grade grade(Card card, Response response) {
        CardFace face = card.face();
        if (face instanceof CardFace.MultipleChoice mc && response instanceof Response.Choice c) {
            return Grade.of(mc.options().stream().anyMatch(o -> o.correct() && o.text().equals(c.option()))
                    ? Mark.CORRECT : Mark.WRONG);
        }
        if (face instanceof CardFace.TrueFalse tf && response instanceof Response.Truth t) {
            return Grade.of(tf.answer() == t.value() ? Mark.CORRECT : Mark.WRONG);
        }
        if (response instanceof Response.Typed typed) {
            if (face instanceof CardFace.TypeIn ti) {
                return Grade.of(TypeInMarker.mark(typed.text(), ti.accepted()));
            }
            if (face instanceof CardFace.Cloze cl) {
                return Grade.of(TypeInMarker.mark(typed.text(), List.of(cl.answer())));
            }
            if (face instanceof CardFace.FrontBack fb) {
                return Grade.of(TypeInMarker.mark(typed.text(), List.of(fb.back())));
            }
        }
        if (face instanceof CardFace.Ordering o && response instanceof Response.Order r) {
            int right = 0;
            for (int i = 0; i < o.sequence().size(); i++) {
                if (i < r.sequence().size() && o.sequence().get(i).equals(r.sequence().get(i))) {
                    right++;
                }
            }
            return Grade.partial(right, o.sequence().size());
        }
        if (face instanceof CardFace.Matching m && response instanceof Response.Matches r) {
            int right = (int) m.pairs().stream().filter(p -> p.right().equals(r.rightByLeft().get(p.left()))).count();
            return Grade.partial(right, m.pairs().size());
        }
        throw new IllegalArgumentException("a " + response.getClass().getSimpleName() + " response does not fit a "
                + card.kind() + " card (" + card.id() + ")");
    }
}
