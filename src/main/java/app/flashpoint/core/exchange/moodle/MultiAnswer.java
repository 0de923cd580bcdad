package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.ItemContent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's embedded-answers (cloze) question text, {@code Paris is the capital of {1:SHORTANSWER:=France}.},
 * as a Flashpoint cloze: each short-answer, single-choice or numerical sub-question becomes a deletion whose
 * alternatives are its fully right answers. Multiple-response sub-questions have no single answer to blank,
 * so a question with one is skipped.
 */
final class MultiAnswer {
    private static final Pattern SUBQUESTION = Pattern.compile(
            "\\{([0-9]*):([A-Z_]+):(.*?)(?<!\\\\)}", Pattern.DOTALL);
    private static final Pattern WEIGHT = Pattern.compile("^(?:%(-?[0-9]+(?:\\.[0-9]*)?)%|=)");
    private static final char MARK = '\uE010';

    private MultiAnswer() {
    }

    static Mapped map(String questionHtml, boolean html, String general) {
        Matcher m = SUBQUESTION.matcher(questionHtml);
        var deletions = new ArrayList<String>();
        var losses = new ArrayList<String>();
        var marked = new StringBuilder();
        int at = 0;
        while (m.find()) {
            String type = m.group(2).toUpperCase(Locale.ROOT);
            var answers = answers(m.group(3), html);
            List<String> right;
            if (type.matches("SHORTANSWER(_C)?|SA|SAC|MW|MWC")) {
                var accepted = Answers.accepted(answers);
                right = accepted.answers();
                losses.addAll(accepted.losses());
                if (type.contains("C")) {
                    losses.add("blank " + (deletions.size() + 1) + " was case-sensitive; Flashpoint's is not");
                }
            } else if (type.matches("MULTICHOICE(_[VH])?S?|MC[VH]?S?")) {
                right = answers.stream().filter(Answer::full).map(Answer::text).toList();
                losses.add("blank " + (deletions.size() + 1) + " was a choice; its other options were dropped");
            } else if (type.matches("NUMERICAL|NM")) {
                right = numbers(answers, losses);
            } else if (type.matches("MULTIRESPONSE(_H)?S?|MR[H]?S?")) {
                return Mapped.skip("blank " + (deletions.size() + 1) + " is multiple-response (" + type
                        + "), which a fill-in-the-blank cannot ask");
            } else {
                return Mapped.skip("blank " + (deletions.size() + 1) + " has the unknown type " + type);
            }
            boolean choice = type.startsWith("M");
            if (right.isEmpty() || choice && right.size() > 1) {
                return Mapped.skip("blank " + (deletions.size() + 1) + " has no single fully right answer");
            }
            if (right.stream().anyMatch(a -> a.contains("|") || a.contains("::") || a.contains("}}"))) {
                return Mapped.skip("an answer of blank " + (deletions.size() + 1) + " contains | or :: or }}, which"
                        + " Flashpoint's cloze syntax cannot hold");
            }
            deletions.add(String.join("|", right));
            marked.append(questionHtml, at, m.start()).append(MARK);
            at = m.end();
        }
        marked.append(questionHtml.substring(at));
        if (deletions.isEmpty()) {
            return Mapped.skip("an embedded-answers (cloze) question with no blanks Flashpoint can read");
        }
        String text = html ? HtmlText.toText(marked.toString()) : marked.toString().strip();
        var out = new StringBuilder();
        int n = 0;
        for (char c : text.toCharArray()) {
            if (c == MARK) {
                out.append("{{c").append(n + 1).append("::").append(deletions.get(n)).append("}}");
                n++;
            } else {
                out.append(c);
            }
        }
        return Mapped.made(new ItemContent.Cloze(out.toString()), general, losses);
    }

    private static List<String> numbers(List<Answer> answers, List<String> losses) {
        var numeric = new ArrayList<NumericAnswer>();
        for (var a : answers) {
            NumericAnswer.parse(a.text(), a.weight(), a.feedback()).ifPresent(numeric::add);
        }
        var mapped = Answers.numerical("", numeric, "");
        if (mapped.isSkipped()) {
            return List.of();
        }
        losses.addAll(mapped.losses());
        return ((ItemContent.ShortAnswer) mapped.content()).answers();
    }

    /** {@code =right#feedback~%50%half~wrong}: answers split on unescaped {@code ~}, escapes undone. */
    private static List<Answer> answers(String spec, boolean html) {
        var answers = new ArrayList<Answer>();
        for (String part : spec.split("(?<!\\\\)~", -1)) {
            String s = part.strip();
            if (s.isEmpty()) {
                continue;
            }
            double weight = 0;
            Matcher w = WEIGHT.matcher(s);
            if (w.find()) {
                weight = w.group(1) == null ? 100 : Double.parseDouble(w.group(1));
                s = s.substring(w.end());
            }
            String[] commented = s.split("(?<!\\\\)#", 2);
            answers.add(new Answer(text(commented[0], html), weight,
                    commented.length > 1 ? text(commented[1], html) : ""));
        }
        return answers;
    }

    private static String text(String escaped, boolean html) {
        String s = escaped.replaceAll("\\\\(.)", "$1");
        return html ? HtmlText.toText(s) : s.strip();
    }
}
