package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Moodle XML question file (FORMATS.md §3) with the same mapping as {@link GiftReader}, plus
 * embedded-answers (cloze) questions and the Ordering plugin's questions. Category entries become key points
 * (their info the summary). Parsing refuses DOCTYPEs, so an XXE file fails instead of being read.
 */
public final class MoodleXmlReader {
    private MoodleXmlReader() {
    }

    /** @throws ImportException when the bytes are not well-formed XML, declare a DOCTYPE or are not a quiz */
    public static ImportedDeck read(byte[] xml, String title) {
        var root = XmlDocuments.parse(xml).getDocumentElement();
        if (!root.getTagName().equals("quiz")) {
            throw new ImportException("This is XML but not a Moodle question file: its root element is <"
                    + root.getTagName() + ">, not <quiz>.");
        }
        var deck = new DeckBuilder(title);
        int number = 0;
        for (var question : XmlDocuments.children(root, "question")) {
            String type = question.getAttribute("type").strip().toLowerCase(Locale.ROOT);
            if (type.equals("category")) {
                deck.category(CategoryPath.parse(text(XmlDocuments.child(question, "category"), "plain_text")),
                        text(XmlDocuments.child(question, "info"), null));
                continue;
            }
            number++;
            String name = text(XmlDocuments.child(question, "name"), "plain_text");
            String where = "question " + number + (name.isEmpty() ? "" : " (“" + name + "”)");
            deck.add(map(type, question), where);
        }
        return deck.build();
    }

    private static Mapped map(String type, Element q) {
        String prompt = text(XmlDocuments.child(q, "questiontext"), null);
        String general = text(XmlDocuments.child(q, "generalfeedback"), null);
        return switch (type) {
            case "multichoice" -> {
                String single = XmlDocuments.childText(q, "single").strip();
                yield single.equals("false") || single.equals("0")
                        ? Mapped.skip("a multiple-answer question (several boxes to tick); Flashpoint's multiple"
                                      + " choice has exactly one right answer")
                        : Answers.multipleChoice(prompt, answers(q), general);
            }
            case "truefalse" -> trueFalse(prompt, answers(q), general);
            case "shortanswer" -> {
                var mapped = Answers.shortAnswer(prompt, answers(q), general);
                yield XmlDocuments.childText(q, "usecase").strip().equals("1") && !mapped.isSkipped()
                        ? withLoss(mapped, "matching was case-sensitive; Flashpoint's is not") : mapped;
            }
            case "numerical" -> numerical(q, prompt, general);
            case "matching", "match" -> matching(q, prompt, general);
            case "cloze", "multianswer" -> {
                var text = XmlDocuments.child(q, "questiontext");
                yield MultiAnswer.map(raw(text), isHtml(text, null), general);
            }
            case "ordering" -> ordering(q, prompt, general);
            case "essay" -> Mapped.skip("an essay question: answered in free text and marked by a teacher, which"
                    + " Flashpoint has no item for");
            case "description" -> Mapped.skip("a description: text shown in a quiz, with nothing to answer");
            default -> Mapped.skip("Moodle's “" + type + "” question type has no Flashpoint equivalent");
        };
    }

    private static Mapped trueFalse(String statement, List<Answer> answers, String general) {
        var right = answers.stream().filter(Answer::full).toList();
        if (answers.size() != 2 || right.size() != 1) {
            return Mapped.skip("a true/false question needs two answers, one of them fully right");
        }
        boolean value = right.get(0).text().strip().equalsIgnoreCase("true");
        var wrong = answers.stream().filter(a -> !a.full()).findFirst().orElseThrow();
        return Mapped.made(new ItemContent.TrueFalse(statement, value),
                Answers.explanation(wrong.feedback(), right.get(0).feedback(), general), List.of());
    }

    private static Mapped numerical(Element q, String prompt, String general) {
        var numbers = new ArrayList<NumericAnswer>();
        for (var a : XmlDocuments.children(q, "answer")) {
            String value = text(a, "plain_text");
            var parsed = NumericAnswer.of(value, XmlDocuments.childText(a, "tolerance"), fraction(a),
                    text(XmlDocuments.child(a, "feedback"), null));
            if (parsed.isPresent()) {
                numbers.add(parsed.get());
            } else if (!value.equals("*")) {
                return Mapped.skip("the answer “" + value + "” is not a number");
            }
        }
        var mapped = Answers.numerical(prompt, numbers, general);
        var units = XmlDocuments.child(q, "units");
        return units != null && !XmlDocuments.children(units, "unit").isEmpty() && !mapped.isSkipped()
                ? withLoss(mapped, "its units were dropped") : mapped;
    }

    private static Mapped matching(Element q, String prompt, String general) {
        var pairs = new ArrayList<ItemContent.Pair>();
        for (var sub : XmlDocuments.children(q, "subquestion")) {
            pairs.add(new ItemContent.Pair(text(sub, null), text(XmlDocuments.child(sub, "answer"), "plain_text")));
        }
        return Answers.matching(prompt, pairs, general);
    }

    /** The Ordering plugin writes the answers in their right order, numbering them in {@code fraction}. */
    private static Mapped ordering(Element q, String prompt, String general) {
        var answers = XmlDocuments.children(q, "answer");
        var sequence = answers.stream().sorted(Comparator.comparingDouble(MoodleXmlReader::fraction))
                .map(a -> text(a, null)).toList();
        if (sequence.size() < 2) {
            return Mapped.skip("an ordering question needs at least two items");
        }
        return Mapped.made(new ItemContent.Ordering(prompt, sequence), Answers.explanation(general), List.of());
    }

    private static List<Answer> answers(Element q) {
        return XmlDocuments.children(q, "answer").stream().map(a -> new Answer(text(a, "plain_text"), fraction(a),
                text(XmlDocuments.child(a, "feedback"), null))).toList();
    }

    private static double fraction(Element answer) {
        try {
            return Double.parseDouble(answer.getAttribute("fraction").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Mapped withLoss(Mapped mapped, String loss) {
        var losses = new ArrayList<>(mapped.losses());
        losses.add(loss);
        return Mapped.made(mapped.content(), mapped.explanation(), losses);
    }

    /**
     * The plain text of a {@code <x format="…"><text>…</text></x>} element: HTML made plain unless the format
     * says plain text or markdown. {@code otherwise} is the format when the attribute is missing (null: html).
     */
    private static String text(Element element, String otherwise) {
        if (element == null) {
            return "";
        }
        String raw = raw(element);
        return isHtml(element, otherwise) ? HtmlText.toText(raw) : raw.strip();
    }

    private static String raw(Element element) {
        return element == null ? "" : XmlDocuments.childText(element, "text");
    }

    private static boolean isHtml(Element element, String otherwise) {
        String format = element == null || !element.hasAttribute("format")
                ? (otherwise == null ? "html" : otherwise) : element.getAttribute("format");
        return !List.of("plain_text", "markdown", "wiki_like").contains(format);
    }
}
