package app.flashpoint.core.generate.cards;

import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;

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

    /** What an item asks, before a card is made of it (a cloze with all its blanks), for lists of items. */
    public static String of(Item item) {
        ItemContent c = item.content();
        if (c instanceof ItemContent.Basic b) {
            return b.front();
        } else if (c instanceof ItemContent.Reversible r) {
            return r.front();
        } else if (c instanceof ItemContent.Cloze z) {
            return new ClozeText(z.text()).withBlanks();
        } else if (c instanceof ItemContent.MultipleChoice mc) {
            return mc.question();
        } else if (c instanceof ItemContent.TrueFalse tf) {
            return tf.statement();
        } else if (c instanceof ItemContent.ShortAnswer sa) {
            return sa.question();
        } else if (c instanceof ItemContent.Ordering o) {
            return o.prompt();
        }
        return ((ItemContent.Matching) c).prompt();
    }

    private static String segment(ClozeText.Segment s) {
        return !s.blank() ? s.text() : s.hint() != null ? "[" + s.hint() + "]" : "[…]";
    }
}
