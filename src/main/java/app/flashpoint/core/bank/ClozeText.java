package app.flashpoint.core.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anki-style cloze text: {@code {{c1::answer}}} or {@code {{c1::answer::hint}}}; one card per number. An
 * answer may list alternatives marked right, {@code {{c1::instability|chaos}}}: learners are shown the first.
 */
public final class ClozeText {
    private static final Pattern DELETION = Pattern.compile("\\{\\{c(\\d+)::(.*?)(?:::(.*?))?}}");

    private final String text;

    public ClozeText(String text) {
        this.text = text;
    }

    /** The distinct deletion numbers, ascending. */
    public List<Integer> numbers() {
        var numbers = new TreeSet<Integer>();
        Matcher m = DELETION.matcher(text);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return List.copyOf(numbers);
    }

    /** Card {@code n}'s prompt as segments: plain text, and blanks for deletion {@code n} (others filled in). */
    public List<Segment> prompt(int n) {
        var segments = new ArrayList<Segment>();
        Matcher m = DELETION.matcher(text);
        int at = 0;
        while (m.find()) {
            segments.add(Segment.plain(text.substring(at, m.start())));
            if (Integer.parseInt(m.group(1)) == n) {
                segments.add(Segment.blank(shown(m.group(2)), m.group(3)));
            } else {
                segments.add(Segment.plain(shown(m.group(2))));
            }
            at = m.end();
        }
        segments.add(Segment.plain(text.substring(at)));
        return segments.stream().filter(s -> s.blank() || !s.text().isEmpty()).toList();
    }

    /** The whole text with every deletion blanked, as {@code [hint]} or {@code […]}: what the item asks. */
    public String withBlanks() {
        return DELETION.matcher(text).replaceAll(m -> m.group(3) != null
                ? Matcher.quoteReplacement("[" + m.group(3) + "]") : "[…]");
    }

    /** The answers of deletion {@code n}, joined when a number is used more than once. */
    public String answer(int n) {
        var answers = new ArrayList<String>();
        Matcher m = DELETION.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == n) {
                answers.add(shown(m.group(2)));
            }
        }
        return String.join(", ", answers);
    }

    /**
     * Every answer marked right for deletion {@code n}: the shown one first, then its alternatives. A number
     * used more than once has no alternatives (which one would they belong to?), only its joined answer.
     */
    public List<String> accepted(int n) {
        var found = new ArrayList<String>();
        Matcher m = DELETION.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == n) {
                found.add(m.group(2));
            }
        }
        if (found.size() != 1) {
            return List.of(answer(n));
        }
        return alternatives(found.get(0));
    }

    /** The answers of the other deletions: never right for this one. */
    public List<String> others(int n) {
        var others = new ArrayList<String>();
        Matcher m = DELETION.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != n) {
                others.addAll(alternatives(m.group(2)));
            }
        }
        return others;
    }

    private static List<String> alternatives(String answer) {
        return java.util.Arrays.stream(answer.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    private static String shown(String answer) {
        int bar = answer.indexOf('|');
        return bar < 0 ? answer : answer.substring(0, bar).strip();
    }

    /** The text with every deletion filled in, as it reads when all is revealed. */
    public String plain() {
        return DELETION.matcher(text).replaceAll(r -> Matcher.quoteReplacement(shown(r.group(2))));
    }

    /** Either plain text or a blank hiding {@code text}; {@code hint} may be null. */
    public record Segment(String text, boolean blank, String hint) {
        static Segment plain(String text) {
            return new Segment(text, false, null);
        }

        static Segment blank(String answer, String hint) {
            return new Segment(answer, true, hint);
        }
    }
}
