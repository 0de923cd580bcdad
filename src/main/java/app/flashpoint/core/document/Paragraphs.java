package app.flashpoint.core.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a plain text into paragraphs and recognises speaker turns ("Name:" or initials "TQ:"). */
public final class Paragraphs {
    private static final Pattern SPEAKER = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.’'-]+(?: \\p{Lu}[\\p{L}.’'-]+){1,3}|\\p{Lu}{2,3}):\\s+");

    private Paragraphs() {
    }

    public static List<Paragraph> of(String text) {
        var paragraphs = new ArrayList<Paragraph>();
        var fullNamesByInitials = new HashMap<String, String>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int end = trimEnd(text, lineStart, lineEnd);
            if (end > lineStart) {
                paragraphs.add(paragraph(text, lineStart, end, fullNamesByInitials));
            }
            lineStart = lineEnd + 1;
        }
        return paragraphs;
    }

    private static Paragraph paragraph(String text, int start, int end, Map<String, String> fullNamesByInitials) {
        Matcher m = SPEAKER.matcher(text).region(start, end);
        if (!m.lookingAt()) {
            return new Paragraph(start, end, null, start);
        }
        String label = m.group(1);
        String speaker;
        if (label.contains(" ")) {
            speaker = label;
            fullNamesByInitials.put(initials(label), label);
        } else {
            speaker = fullNamesByInitials.getOrDefault(label, label);
        }
        return new Paragraph(start, end, speaker, m.end());
    }

    private static String initials(String name) {
        var sb = new StringBuilder();
        for (String part : name.split(" ")) {
            sb.append(part.charAt(0));
        }
        return sb.toString();
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
