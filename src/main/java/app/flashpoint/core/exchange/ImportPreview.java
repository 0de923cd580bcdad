package app.flashpoint.core.exchange;

import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;

import java.util.List;
import java.util.stream.Collectors;

/** The first cards of a file as the import page shows them before anything is saved. */
public final class ImportPreview {
    private ImportPreview() {
    }

    /** One card: its kind as learners see it named, and the text of each side. */
    public record PreviewRow(String kind, String front, String back) {
    }

    public static List<PreviewRow> firstRows(ImportedDeck deck, int n) {
        return deck.items().stream().limit(Math.max(0, n)).map(ImportPreview::row).toList();
    }

    static PreviewRow row(Item item) {
        ItemContent content = item.content();
        String kind = item.type().label();
        if (content instanceof ItemContent.Basic b) {
            return new PreviewRow(kind, b.front(), b.back());
        } else if (content instanceof ItemContent.Reversible r) {
            return new PreviewRow(kind, r.front(), r.back());
        } else if (content instanceof ItemContent.Cloze c) {
            var cloze = new ClozeText(c.text());
            return new PreviewRow(kind, cloze.withBlanks(), cloze.plain());
        } else if (content instanceof ItemContent.ShortAnswer s) {
            return new PreviewRow(kind, s.question(), String.join(" or ", s.answers()));
        } else if (content instanceof ItemContent.MultipleChoice mc) {
            return new PreviewRow(kind, mc.question() + " (" + (mc.distractors().size() + 1) + " options)", mc.answer());
        } else if (content instanceof ItemContent.TrueFalse tf) {
            return new PreviewRow(kind, tf.statement(), tf.answer() ? "True" : "False");
        } else if (content instanceof ItemContent.Ordering o) {
            return new PreviewRow(kind, o.prompt(), String.join(" → ", o.sequence()));
        }
        ItemContent.Matching m = (ItemContent.Matching) content;
        return new PreviewRow(kind, m.prompt(), m.pairs().stream().map(p -> p.left() + " → " + p.right())
                .collect(Collectors.joining("; ")));
    }
}
