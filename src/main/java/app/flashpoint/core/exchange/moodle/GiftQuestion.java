package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.exchange.ImportException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One GIFT question block read as Moodle's {@code format.php} reads it: optional {@code ::name::}, the first
 * {@code {…}} as the answer block (mid-sentence, it is a missing word), {@code ####} general feedback, then
 * the type from the answer text in Moodle's order: essay, numerical, multiple choice, matching, true/false,
 * short answer.
 */
final class GiftQuestion {
    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9]{1,3}(?:\\.[0-9]*)?)%");
    private static final String BLANKED = "_____";

    private final GiftText.Block block;
    private final String where;
    private Format format = Format.MOODLE;

    GiftQuestion(GiftText.Block block, String where) {
        this.block = block;
        this.where = where;
    }

    Mapped map() {
        String text = block.text();
        int start = text.length() - text.stripLeading().length();
        if (text.startsWith("::", start)) {
            int end = text.indexOf("::", start + 2);
            if (end >= 0) {
                start = end + 2;
            }
        }
        int open = text.indexOf('{', start);
        int close = text.indexOf('}', start);
        if (open < 0 && close < 0) {
            return Mapped.skip("a description: text with no answer block {…}, so nothing to answer");
        }
        if (close < 0) {
            throw error(open, "{ opens an answer block that is never closed with } (write \\{ for a brace)");
        }
        if (open < 0 || close < open) {
            throw error(close, "} closes an answer block that was never opened with { (write \\} for a brace)");
        }
        String after = text.substring(close + 1);
        boolean missingWord = !after.isBlank();
        var question = prefixed(text.substring(start, open) + (missingWord ? GiftText.BLANK + after : ""),
                Format.MOODLE);
        format = question.format();
        String prompt = clean(question);
        String answer = text.substring(open + 1, close);
        String general = "";
        int feedback = answer.lastIndexOf("####");
        if (feedback >= 0) {
            general = clean(prefixed(answer.substring(feedback + 4), format));
            answer = answer.substring(0, feedback);
        }
        answer = answer.strip();
        String blanked = prompt.replace(String.valueOf(GiftText.BLANK), BLANKED);
        if (answer.isEmpty()) {
            return Mapped.skip("an essay question: answered in free text and marked by a teacher, which"
                    + " Flashpoint has no item for");
        }
        if (answer.startsWith("#")) {
            return numerical(blanked, answer.substring(1), general, open);
        }
        if (answer.contains("~")) {
            return Answers.multipleChoice(blanked, answers(answer, true), general);
        }
        if (answer.contains("=") && answer.contains("->")) {
            return matching(blanked, answer, general, open);
        }
        String head = (answer.contains("#") ? answer.substring(0, answer.indexOf('#')) : answer).strip();
        if (List.of("T", "TRUE", "F", "FALSE").contains(head)) {
            return trueFalse(blanked, answer, general, head.startsWith("T"));
        }
        var shortAnswer = Answers.shortAnswer(blanked, answers(answer, false), general);
        if (missingWord && !shortAnswer.isSkipped()) {
            return asCloze(prompt, shortAnswer);
        }
        return shortAnswer;
    }

    /** A short answer asked mid-sentence is a fill-in-the-blank: Flashpoint's cloze says so directly. */
    private static Mapped asCloze(String prompt, Mapped shortAnswer) {
        var accepted = ((ItemContent.ShortAnswer) shortAnswer.content()).answers();
        if (accepted.stream().anyMatch(a -> a.contains("|") || a.contains("::") || a.contains("}}"))) {
            return shortAnswer;
        }
        String deletion = "{{c1::" + String.join("|", accepted) + "}}";
        return Mapped.made(new ItemContent.Cloze(prompt.replace(String.valueOf(GiftText.BLANK), deletion)),
                shortAnswer.explanation(), shortAnswer.losses());
    }

    private Mapped trueFalse(String statement, String answer, String general, boolean value) {
        String[] parts = answer.split("#", -1);
        // Moodle's order: the first feedback is shown for the wrong choice, the second for the right one.
        String wrong = parts.length > 1 ? clean(prefixed(parts[1], format)) : "";
        String right = parts.length > 2 ? clean(prefixed(parts[2], format)) : "";
        return Mapped.made(new ItemContent.TrueFalse(statement, value),
                Answers.explanation(wrong, right, general), List.of());
    }

    private Mapped matching(String prompt, String answer, String general, int at) {
        var pairs = new ArrayList<ItemContent.Pair>();
        for (String part : split(answer, "=")) {
            int arrow = part.indexOf("->");
            if (arrow < 0) {
                throw error(at, "the matching pair “" + GiftText.restore(part.strip()) + "” has no ->");
            }
            pairs.add(new ItemContent.Pair(clean(prefixed(part.substring(0, arrow), format)),
                    clean(new Prefixed(Format.PLAIN, part.substring(arrow + 2)))));
        }
        return Answers.matching(prompt, pairs, general);
    }

    private Mapped numerical(String question, String body, String general, int at) {
        var losses = new ArrayList<String>();
        int wrong = body.indexOf('~');
        if (wrong >= 0) {
            losses.add("the feedback for any other number was dropped");
            body = body.substring(0, wrong);
        }
        var parts = body.contains("=") ? split(body, "=") : List.of(body);
        var numbers = new ArrayList<NumericAnswer>();
        for (String part : parts) {
            var weighted = weighted(part.strip(), 100);
            String[] commented = commented(weighted.text());
            String written = GiftText.restore(commented[0]).strip();
            numbers.add(NumericAnswer.parse(written, weighted.weight(), clean(prefixed(commented[1], format)))
                    .orElseThrow(() -> error(at, "“" + written + "” is not a number, number:tolerance or"
                            + " min..max range")));
        }
        if (numbers.isEmpty()) {
            throw error(at, "the numerical answer block has no number");
        }
        var mapped = Answers.numerical(question, numbers, general);
        if (mapped.isSkipped() || losses.isEmpty()) {
            return mapped;
        }
        losses.addAll(0, mapped.losses());
        return Mapped.made(mapped.content(), mapped.explanation(), losses);
    }

    /** Moodle's answer list: each {@code =} (full credit) or {@code ~} (none, or {@code %n%}) starts one. */
    private List<Answer> answers(String answer, boolean choice) {
        var answers = new ArrayList<Answer>();
        var current = new StringBuilder();
        char marker = 0;
        for (int i = 0; i <= answer.length(); i++) {
            char c = i < answer.length() ? answer.charAt(i) : 0;
            if (c == '=' || c == '~' || c == 0) {
                if (marker != 0 || !current.toString().isBlank()) {
                    answers.add(answer(current.toString().strip(), marker == '=' || (!choice && marker == 0)));
                }
                marker = c;
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return answers;
    }

    private Answer answer(String text, boolean full) {
        var weighted = weighted(text, full ? 100 : 0);
        String[] commented = commented(weighted.text());
        return new Answer(clean(prefixed(commented[0], format)), weighted.weight(),
                clean(prefixed(commented[1], format)));
    }

    private record Weighted(String text, double weight) {
    }

    private static Weighted weighted(String text, double otherwise) {
        Matcher m = WEIGHT.matcher(text);
        return m.find() ? new Weighted(text.substring(m.end()), Double.parseDouble(m.group(1)))
                : new Weighted(text, otherwise);
    }

    /** The answer and its {@code #feedback}. */
    private static String[] commented(String text) {
        int hash = text.indexOf('#');
        return hash < 0 ? new String[] {text, ""} : new String[] {text.substring(0, hash), text.substring(hash + 1)};
    }

    private static List<String> split(String text, String marker) {
        var parts = new ArrayList<String>();
        for (String part : text.split(Pattern.quote(marker), -1)) {
            if (!part.isBlank()) {
                parts.add(part);
            }
        }
        return parts;
    }

    enum Format { HTML, MOODLE, PLAIN, MARKDOWN }

    record Prefixed(Format format, String text) {
    }

    /** Moodle's {@code [html]}-style marker at the start of a text, or the format it inherits. */
    static Prefixed prefixed(String text, Format inherited) {
        String s = text.stripLeading();
        for (Format f : Format.values()) {
            String marker = "[" + f.name().toLowerCase() + "]";
            if (s.startsWith(marker)) {
                return new Prefixed(f, s.substring(marker.length()));
            }
        }
        return new Prefixed(inherited, text);
    }

    /** The finished text: source line breaks joined, HTML made plain, escapes restored. */
    static String clean(Prefixed text) {
        String s = text.text().replaceAll("\\s+", " ").strip();
        if (text.format() == Format.HTML || text.format() == Format.MOODLE) {
            s = HtmlText.toText(s);
        }
        return GiftText.restore(s).strip();
    }

    private ImportException error(int offset, String message) {
        int line = offset >= 0 ? block.lineAt(offset) : block.firstLine();
        return new ImportException("Line " + line + " (" + where + "): " + message + ".");
    }
}
