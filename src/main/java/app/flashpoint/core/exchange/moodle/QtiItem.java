package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One item as a QTI 1.2 {@code <item>} the way Canvas exports (and so best imports) them: the question type
 * and points in {@code itemmetadata}, the choices in {@code presentation}, scoring as {@code SCORE} out of 100
 * in {@code resprocessing}, the explanation as the {@code general_fb} feedback. Answer idents are the item's
 * ident plus a position (matching's excepted, see there), so they stay put from one export to the next.
 */
final class QtiItem {
    private static final Pattern DELETION = Pattern.compile("\\{\\{c(\\d+)::(.*?)(?:::(.*?))?}}");

    private final QtiXml xml;
    private final Item item;
    private final String ident;
    private final Element element;
    private final Element presentation;
    private final Element resprocessing;
    private final List<String[]> feedback = new ArrayList<>();

    private QtiItem(QtiXml xml, Element section, Item item, String ident, String type) {
        this.xml = xml;
        this.item = item;
        this.ident = ident;
        element = xml.add(section, "item", "ident", ident, "title", item.id());
        var metadata = xml.add(xml.add(element, "itemmetadata"), "qtimetadata");
        field(metadata, "question_type", type);
        field(metadata, "points_possible", "1");
        presentation = xml.add(element, "presentation");
        resprocessing = xml.add(element, "resprocessing");
        var outcomes = xml.add(resprocessing, "outcomes");
        xml.add(outcomes, "decvar", "maxvalue", "100", "minvalue", "0", "varname", "SCORE", "vartype", "Decimal");
    }

    /** Appends {@code item} to {@code section}; the caller has made sure {@link QtiWriter} can hold it. */
    static void write(QtiXml xml, Element section, Item item, String ident) {
        var c = item.content();
        if (c instanceof ItemContent.MultipleChoice mc) {
            new QtiItem(xml, section, item, ident, "multiple_choice_question").multipleChoice(mc);
        } else if (c instanceof ItemContent.TrueFalse tf) {
            new QtiItem(xml, section, item, ident, "true_false_question").trueFalse(tf);
        } else if (c instanceof ItemContent.ShortAnswer sa) {
            new QtiItem(xml, section, item, ident, "short_answer_question").shortAnswer(sa.question(), sa.answers());
        } else if (c instanceof ItemContent.Basic b) {
            new QtiItem(xml, section, item, ident, "short_answer_question").shortAnswer(b.front(), List.of(b.back()));
        } else if (c instanceof ItemContent.Reversible r) {
            new QtiItem(xml, section, item, ident, "short_answer_question").shortAnswer(r.front(), List.of(r.back()));
        } else if (c instanceof ItemContent.Cloze cloze) {
            new QtiItem(xml, section, item, ident, "fill_in_multiple_blanks_question").blanks(cloze.text());
        } else if (c instanceof ItemContent.Matching m) {
            new QtiItem(xml, section, item, ident, "matching_question").matching(m);
        } else {
            throw new IllegalArgumentException(item.type() + " has no QTI question type");
        }
    }

    /**
     * The right answer goes at a place fixed by the item's id (String.hashCode is specified, so this is stable),
     * not always first: Canvas keeps the file's order when a quiz does not shuffle answers.
     */
    private void multipleChoice(ItemContent.MultipleChoice mc) {
        var options = new ArrayList<ItemContent.Distractor>(mc.distractors());
        int right = Math.floorMod(item.id().hashCode(), options.size() + 1);
        options.add(right, new ItemContent.Distractor(mc.answer(), ""));
        var choices = choices(mc.question(), "response1");
        String rightIdent = null;
        var whys = new ArrayList<String[]>();
        for (int i = 0; i < options.size(); i++) {
            String label = ident + "-" + (i + 1);
            option(choices, label, options.get(i).text());
            if (i == right) {
                rightIdent = label;
            } else if (!options.get(i).why().isBlank()) {
                whys.add(new String[] {label, "choice" + (i + 1) + "_fb", options.get(i).why()});
            }
        }
        generalFeedback();
        // A chosen distractor shows why it is wrong, as Canvas's per-answer comments. The feedback ident leaves
        // the item id out: Canvas drops answer feedback whose ident says "correct", "wrong" or "general_".
        for (var why : whys) {
            var condition = xml.add(resprocessing, "respcondition", "continue", "Yes");
            xml.addText(xml.add(condition, "conditionvar"), "varequal", why[0], "respident", "response1");
            display(condition, why[1]);
            feedback.add(new String[] {why[1], why[2]});
        }
        score(rightIdent);
        finish();
    }

    private void trueFalse(ItemContent.TrueFalse tf) {
        var choices = choices(tf.statement(), "response1");
        option(choices, ident + "-true", "True");
        option(choices, ident + "-false", "False");
        generalFeedback();
        score(ident + (tf.answer() ? "-true" : "-false"));
        finish();
    }

    /** Canvas compares short answers ignoring case; {@code case="No"} says so to any other reader. */
    private void shortAnswer(String question, List<String> answers) {
        xml.material(presentation, question);
        var response = xml.add(presentation, "response_str", "ident", "response1", "rcardinality", "Single");
        xml.add(xml.add(response, "render_fib"), "response_label", "ident", "answer1", "rshuffle", "No");
        generalFeedback();
        var condition = xml.add(resprocessing, "respcondition", "continue", "No");
        var vars = xml.add(condition, "conditionvar");
        answers.stream().map(QtiXml::clean).filter(a -> !a.isEmpty()).distinct()
                .forEach(a -> xml.addText(vars, "varequal", a, "respident", "response1", "case", "No"));
        xml.addText(condition, "setvar", "100", "action", "Set", "varname", "SCORE");
        finish();
    }

    /**
     * Every deletion becomes its own blank, {@code [blank1]}, {@code [blank2]}… in text order (a number used
     * twice gives two blanks); Canvas reads each {@code response_blankN}'s labels as its accepted answers.
     * Hints have no place in Canvas and are dropped.
     */
    private void blanks(String cloze) {
        var answers = new ArrayList<List<String>>();
        Matcher m = DELETION.matcher(cloze);
        String text = m.replaceAll(r -> {
            answers.add(java.util.Arrays.stream(r.group(2).split("\\|")).map(QtiXml::clean)
                    .filter(a -> !a.isEmpty()).distinct().toList());
            return Matcher.quoteReplacement("[blank" + answers.size() + "]");
        });
        xml.material(presentation, text);
        var rights = new ArrayList<String>();
        for (int b = 1; b <= answers.size(); b++) {
            var response = xml.add(presentation, "response_lid", "ident", "response_blank" + b);
            xml.material(response, "blank" + b);
            var choices = xml.add(response, "render_choice");
            var accepted = answers.get(b - 1);
            for (int a = 0; a < accepted.size(); a++) {
                option(choices, ident + "-blank" + b + "-" + (a + 1), accepted.get(a));
            }
            rights.add(ident + "-blank" + b + "-1");
        }
        generalFeedback();
        addScores("response_blank", rights);
        finish();
    }

    /**
     * A drop-down per left side, each offering every right side; the right sides are listed alphabetically
     * so the list does not give the pairs away. Their idents are {@code match1}, {@code match2}… with no item
     * id in them: Canvas takes a match's id from the first digits of its ident, which an id's digits would spoil.
     */
    private void matching(ItemContent.Matching m) {
        xml.material(presentation, m.prompt());
        var pairs = m.pairs();
        var order = new ArrayList<Integer>();
        for (int i = 0; i < pairs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> pairs.get(i).right().toLowerCase(Locale.ROOT))
                .thenComparing(i -> i));
        var rights = new ArrayList<String>();
        for (int p = 0; p < pairs.size(); p++) {
            var response = xml.add(presentation, "response_lid", "ident", "response_" + (p + 1));
            xml.material(response, pairs.get(p).left());
            var choices = xml.add(response, "render_choice");
            for (int i : order) {
                option(choices, "match" + (i + 1), pairs.get(i).right());
            }
            rights.add("match" + (p + 1));
        }
        generalFeedback();
        addScores("response_", rights);
        finish();
    }

    private Element choices(String question, String responseIdent) {
        xml.material(presentation, question);
        var response = xml.add(presentation, "response_lid", "ident", responseIdent, "rcardinality", "Single");
        return xml.add(response, "render_choice");
    }

    private void option(Element choices, String labelIdent, String text) {
        xml.material(xml.add(choices, "response_label", "ident", labelIdent), text);
    }

    /** Canvas's way: a condition that always holds, showing the general feedback whatever was answered. */
    private void generalFeedback() {
        if (item.explanation() == null || item.explanation().isBlank()) {
            return;
        }
        var condition = xml.add(resprocessing, "respcondition", "continue", "Yes");
        xml.add(xml.add(condition, "conditionvar"), "other");
        display(condition, "general_fb");
        feedback.add(0, new String[] {"general_fb", item.explanation()});
    }

    private void score(String rightIdent) {
        var condition = xml.add(resprocessing, "respcondition", "continue", "No");
        xml.addText(xml.add(condition, "conditionvar"), "varequal", rightIdent, "respident", "response1");
        xml.addText(condition, "setvar", "100", "action", "Set", "varname", "SCORE");
    }

    /** Response {@code prefix + n} right earns an equal share of the 100, as Canvas scores blanks and matches. */
    private void addScores(String prefix, List<String> rights) {
        String share = String.format(Locale.ROOT, "%.2f", 100.0 / rights.size());
        for (int n = 1; n <= rights.size(); n++) {
            var condition = xml.add(resprocessing, "respcondition");
            xml.addText(xml.add(condition, "conditionvar"), "varequal", rights.get(n - 1), "respident", prefix + n);
            xml.addText(condition, "setvar", share, "action", "Add", "varname", "SCORE");
        }
    }

    private void display(Element condition, String feedbackIdent) {
        xml.add(condition, "displayfeedback", "feedbacktype", "Response", "linkrefid", feedbackIdent);
    }

    /** The {@code itemfeedback} elements come after {@code resprocessing}, as the QTI 1.2 schema orders them. */
    private void finish() {
        for (var fb : feedback) {
            var flow = xml.add(xml.add(element, "itemfeedback", "ident", fb[0]), "flow_mat");
            xml.material(flow, fb[1]);
        }
    }

    private void field(Element metadata, String label, String entry) {
        var field = xml.add(metadata, "qtimetadatafield");
        xml.addText(field, "fieldlabel", label);
        xml.addText(field, "fieldentry", entry);
    }
}
