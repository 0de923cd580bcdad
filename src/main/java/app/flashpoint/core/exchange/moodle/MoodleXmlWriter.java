package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a deck as a Moodle XML question file: a category question per key point (its summary as the
 * category's info), then its items, named by id, texts as {@code plain_text} because Flashpoint's are plain,
 * the explanation as general feedback. Multiple choice, true/false, short answer and matching map directly;
 * a basic or two-way card becomes a short answer; a cloze becomes an embedded-answers question with one
 * {@code {1:SHORTANSWER:=answer~=alternative}} per blank (hints have no place there and are dropped; a blank
 * number used twice becomes two blanks); ordering becomes the Ordering question type, which Moodle sites
 * without that plugin will not import.
 */
public final class MoodleXmlWriter {
    private static final Pattern DELETION = Pattern.compile("\\{\\{c(\\d+)::(.*?)(?:::(.*?))?}}");

    private MoodleXmlWriter() {
    }

    public static String write(Deck deck) {
        var out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        for (var group : DeckGroups.of(deck)) {
            var items = group.items().stream().filter(i -> whyNot(i) == null).toList();
            if (items.isEmpty()) {
                continue;
            }
            out.append("  <question type=\"category\">\n    <category>").append(text(group.category()))
                    .append("</category>\n    <info format=\"plain_text\">").append(text(group.summary()))
                    .append("</info>\n  </question>\n");
            items.forEach(item -> out.append(question(item)));
        }
        return out.append("</quiz>\n").toString();
    }

    /** One line per item that {@link #write} leaves out, with why. */
    public static List<String> leftOut(Deck deck) {
        return DeckGroups.leftOut(deck, MoodleXmlWriter::whyNot);
    }

    private static String whyNot(Item item) {
        if (item.content() instanceof ItemContent.MultipleChoice mc && mc.distractors().isEmpty()) {
            return "a multiple choice without distractors; Moodle needs at least two answers";
        }
        if (item.content() instanceof ItemContent.Cloze c && new ClozeText(c.text()).numbers().isEmpty()) {
            return "a cloze without blanks";
        }
        return null;
    }

    private static String question(Item item) {
        var c = item.content();
        if (c instanceof ItemContent.MultipleChoice mc) {
            var body = new StringBuilder("    <single>true</single>\n    <shuffleanswers>true</shuffleanswers>\n"
                    + "    <answernumbering>abc</answernumbering>\n");
            body.append(answer(100, mc.answer(), ""));
            mc.distractors().forEach(d -> body.append(answer(0, d.text(), d.why())));
            return question("multichoice", item, mc.question(), body.toString());
        }
        if (c instanceof ItemContent.TrueFalse tf) {
            return question("truefalse", item, tf.statement(), answer(tf.answer() ? 100 : 0, "true", "")
                    + answer(tf.answer() ? 0 : 100, "false", ""));
        }
        if (c instanceof ItemContent.ShortAnswer sa) {
            return shortAnswer(item, sa.question(), sa.answers());
        }
        if (c instanceof ItemContent.Basic b) {
            return shortAnswer(item, b.front(), List.of(b.back()));
        }
        if (c instanceof ItemContent.Reversible r) {
            return shortAnswer(item, r.front(), List.of(r.back()));
        }
        if (c instanceof ItemContent.Matching m) {
            var body = new StringBuilder("    <shuffleanswers>true</shuffleanswers>\n");
            m.pairs().forEach(p -> body.append("    <subquestion format=\"plain_text\">").append(text(p.left()))
                    .append("<answer>").append(text(p.right())).append("</answer></subquestion>\n"));
            return question("matching", item, m.prompt(), body.toString());
        }
        if (c instanceof ItemContent.Ordering o) {
            var body = new StringBuilder("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n"
                    + "    <selectcount>0</selectcount>\n    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n"
                    + "    <showgrading>SHOW</showgrading>\n    <numberingstyle>none</numberingstyle>\n");
            for (int i = 0; i < o.sequence().size(); i++) {
                body.append(answer(i + 1, o.sequence().get(i), ""));
            }
            return question("ordering", item, o.prompt(), body.toString());
        }
        var cloze = (ItemContent.Cloze) c;
        return question("cloze", item, multiAnswer(cloze.text()), "");
    }

    /** Each deletion as a short-answer blank; the alternatives after | are further fully right answers. */
    private static String multiAnswer(String cloze) {
        Matcher m = DELETION.matcher(cloze);
        return m.replaceAll(r -> {
            var answers = new ArrayList<String>();
            for (String a : r.group(2).split("\\|")) {
                if (!a.isBlank()) {
                    answers.add("=" + a.strip().replaceAll("([\\\\}~#/\"])", "\\\\$1"));
                }
            }
            return Matcher.quoteReplacement("{1:SHORTANSWER:" + String.join("~", answers) + "}");
        });
    }

    private static String shortAnswer(Item item, String question, List<String> answers) {
        var body = new StringBuilder("    <usecase>0</usecase>\n");
        answers.forEach(a -> body.append(answer(100, a, "")));
        return question("shortanswer", item, question, body.toString());
    }

    private static String question(String type, Item item, String questionText, String body) {
        return "  <question type=\"" + type + "\">\n"
                + "    <name>" + text(item.id()) + "</name>\n"
                + "    <questiontext format=\"plain_text\">" + text(questionText) + "</questiontext>\n"
                + "    <generalfeedback format=\"plain_text\">" + text(item.explanation()) + "</generalfeedback>\n"
                + "    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n"
                + body + "  </question>\n";
    }

    private static String answer(double fraction, String text, String feedback) {
        return "    <answer fraction=\"" + (long) fraction + "\" format=\"plain_text\">" + text(text)
                + "<feedback format=\"plain_text\">" + text(feedback) + "</feedback></answer>\n";
    }

    private static String text(String s) {
        return "<text>" + escape(s == null ? "" : s.strip()) + "</text>";
    }

    /** XML-escaped, without the control characters XML 1.0 cannot hold at all. */
    static String escape(String s) {
        var out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
