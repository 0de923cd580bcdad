package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a deck as Moodle GIFT: one {@code $CATEGORY:} per key point, each item named by its id, its
 * explanation as general feedback ({@code ####}) and a distractor's why as that answer's feedback.
 * Multiple choice, true/false, short answer and matching map directly; a basic or two-way card becomes a
 * short answer (front asks, back answers). A cloze becomes one missing-word short answer per blank — GIFT
 * has exactly one answer block per question, and Flashpoint makes one card per blank anyway — with the other
 * blanks filled in; hints have no place in GIFT and are dropped; a blank that ends the text reads back as a
 * short answer, since GIFT only calls a block mid-sentence a missing word. Ordering has no GIFT type: such
 * items are left out, and {@link #leftOut} says so, as it does for anything else the file cannot hold.
 */
public final class GiftWriter {
    private GiftWriter() {
    }

    public static String write(Deck deck) {
        var out = new StringBuilder("// " + oneLine(deck.title()) + " (exported from Flashpoint)\n\n");
        for (var group : DeckGroups.of(deck)) {
            var questions = group.items().stream().map(GiftWriter::questions).filter(q -> !q.isEmpty()).toList();
            if (questions.isEmpty()) {
                continue;
            }
            out.append("$CATEGORY: ").append(group.category()).append("\n\n");
            questions.forEach(q -> q.forEach(one -> out.append(one).append("\n\n")));
        }
        return out.toString();
    }

    /** One line per item (or cloze blank) that {@link #write} leaves out, with why. */
    public static List<String> leftOut(Deck deck) {
        var lines = new ArrayList<String>();
        for (var item : deck.items()) {
            String why = whyNot(item);
            if (why != null) {
                lines.add(DeckGroups.leftOut(item, why));
            } else if (item.content() instanceof ItemContent.Cloze cloze) {
                var text = new ClozeText(cloze.text());
                for (int n : text.numbers()) {
                    if (blanks(text, n) > 1) {
                        lines.add(DeckGroups.leftOut(item, "blank c" + n + " appears more than once; a GIFT"
                                + " question has one blank"));
                    }
                }
            }
        }
        return lines;
    }

    private static String whyNot(Item item) {
        var content = item.content();
        if (content instanceof ItemContent.Ordering) {
            return "GIFT has no question type for putting items in order";
        }
        if (content instanceof ItemContent.MultipleChoice mc && mc.distractors().isEmpty()) {
            return "a multiple choice without distractors; Moodle needs at least two answers";
        }
        if (content instanceof ItemContent.ShortAnswer sa) {
            return arrow(sa.answers());
        }
        if (content instanceof ItemContent.Basic b) {
            return arrow(List.of(b.back()));
        }
        if (content instanceof ItemContent.Reversible r) {
            return arrow(List.of(r.back()));
        }
        if (content instanceof ItemContent.Matching m && m.pairs().stream().anyMatch(p -> p.left().contains("->"))) {
            return "a left side contains ->, which GIFT cannot escape";
        }
        if (content instanceof ItemContent.Cloze c && new ClozeText(c.text()).numbers().isEmpty()) {
            return "a cloze without blanks";
        }
        return null;
    }

    private static String arrow(List<String> answers) {
        return answers.stream().anyMatch(a -> a.contains("->"))
                ? "an answer contains ->, which GIFT would read as a matching pair" : null;
    }

    private static List<String> questions(Item item) {
        if (whyNot(item) != null) {
            return List.of();
        }
        String head = "::" + GiftText.escape(item.id()) + "::" + (needsPlain(item) ? "[plain]" : "");
        String general = item.explanation().isBlank() ? "" : "####" + GiftText.escape(item.explanation().strip());
        var content = item.content();
        if (content instanceof ItemContent.MultipleChoice mc) {
            return List.of(head + e(mc.question()) + "{\n=" + e(mc.answer()) + "\n"
                    + mc.distractors().stream().map(d -> "~" + e(d.text())
                            + (d.why().isBlank() ? "" : "#" + e(d.why())) + "\n").collect(Collectors.joining())
                    + (general.isEmpty() ? "" : general + "\n") + "}");
        }
        if (content instanceof ItemContent.TrueFalse tf) {
            return List.of(head + e(tf.statement()) + "{" + (tf.answer() ? "TRUE" : "FALSE") + general + "}");
        }
        if (content instanceof ItemContent.ShortAnswer sa) {
            return List.of(head + e(sa.question()) + shortAnswer(sa.answers(), general));
        }
        if (content instanceof ItemContent.Basic b) {
            return List.of(head + e(b.front()) + shortAnswer(List.of(b.back()), general));
        }
        if (content instanceof ItemContent.Reversible r) {
            return List.of(head + e(r.front()) + shortAnswer(List.of(r.back()), general));
        }
        if (content instanceof ItemContent.Matching m) {
            return List.of(head + e(m.prompt()) + "{\n" + m.pairs().stream()
                    .map(p -> "=" + e(p.left()) + " -> " + e(p.right()) + "\n").collect(Collectors.joining())
                    + (general.isEmpty() ? "" : general + "\n") + "}");
        }
        if (content instanceof ItemContent.Cloze c) {
            return cloze(item, c, general);
        }
        return List.of();
    }

    private static List<String> cloze(Item item, ItemContent.Cloze cloze, String general) {
        var text = new ClozeText(cloze.text());
        var numbers = text.numbers();
        var questions = new ArrayList<String>();
        for (int n : numbers) {
            if (blanks(text, n) > 1) {
                continue;
            }
            var body = new StringBuilder();
            for (var segment : text.prompt(n)) {
                // Not stripped: the spaces around a blank belong to the sentence.
                body.append(segment.blank() ? shortAnswer(text.accepted(n), general) : GiftText.escape(segment.text()));
            }
            String name = numbers.size() == 1 ? item.id() : item.id() + " c" + n;
            questions.add("::" + GiftText.escape(name) + "::" + (needsPlain(item) ? "[plain]" : "")
                    + body.toString().strip());
        }
        return questions;
    }

    private static long blanks(ClozeText text, int n) {
        return text.prompt(n).stream().filter(ClozeText.Segment::blank).count();
    }

    private static String shortAnswer(List<String> answers, String general) {
        return "{" + answers.stream().map(a -> "=" + e(a)).collect(Collectors.joining(" ")) + general + "}";
    }

    /**
     * Without a marker Moodle reads GIFT text as HTML-ish "moodle" format; text that could be taken for a tag
     * or an entity is marked {@code [plain]}, which answers and feedback inherit.
     */
    private static boolean needsPlain(Item item) {
        String all = item.content().toMap().toString() + item.explanation();
        return all.contains("<") || all.contains("&");
    }

    private static String e(String text) {
        return GiftText.escape(text.strip());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
