package app.flashpoint.core.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Anki-style cloze text: {@code {{c1::answer}}} or {@code {{c1::answer::hint}}}; one card per number. */
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
                segments.add(Segment.blank(m.group(2), m.group(3)));
            } else {
                segments.add(Segment.plain(m.group(2)));
            }
            at = m.end();
        }
        segments.add(Segment.plain(text.substring(at)));
        return segments.stream().filter(s -> s.blank() || !s.text().isEmpty()).toList();
    }

    /** The answers of deletion {@code n}, joined when a number is used more than once. */
    public String answer(int n) {
        var answers = new ArrayList<String>();
        Matcher m = DELETION.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == n) {
                answers.add(m.group(2));
            }
        }
        return String.join(", ", answers);
    }

    /** The text with every deletion filled in, as it reads when all is revealed. */
    public String plain() {
        return DELETION.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(2)));
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
