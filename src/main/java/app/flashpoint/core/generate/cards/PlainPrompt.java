package app.flashpoint.core.generate.cards;

import app.flashpoint.core.bank.ClozeText;

import java.util.stream.Collectors;

/** What a card asks, as one plain sentence (a cloze's blanks as [hint] or […]), never giving the answer away. */
public final class PlainPrompt {
    private PlainPrompt() {
    }

    public static String of(CardFace face) {
        if (face instanceof CardFace.MultipleChoice mc) {
            return mc.question();
        } else if (face instanceof CardFace.TrueFalse tf) {
            return tf.statement();
        } else if (face instanceof CardFace.TypeIn ti) {
            return ti.question();
        } else if (face instanceof CardFace.FrontBack fb) {
            return fb.front();
        } else if (face instanceof CardFace.Cloze c) {
            return c.prompt().stream().map(PlainPrompt::segment).collect(Collectors.joining());
        } else if (face instanceof CardFace.Ordering o) {
            return o.prompt();
        }
        return ((CardFace.Matching) face).prompt();
    }

    private static String segment(ClozeText.Segment s) {
        return !s.blank() ? s.text() : s.hint() != null ? "[" + s.hint() + "]" : "[…]";
    }
}
