package app.flashpoint.core.exchange.moodle;

import java.util.ArrayList;
import java.util.List;

/**
 * GIFT's lexical layer: the file cut into question blocks (blank lines separate, whole-line {@code //}
 * comments vanish), escapes swapped for private-use placeholders before parsing so that an escaped
 * {@code \{} or {@code \~} can never be read as syntax, and restored in the finished texts.
 */
final class GiftText {
    private static final String ESCAPED = "\\~=#{}:";
    private static final char FIRST = '\uE000';
    static final char NEWLINE = '\uE007';
    /** Where a missing-word question's answer block stood. */
    static final char BLANK = '\uE00F';

    private GiftText() {
    }

    /** A question (or category) block: its text with escapes protected, and each of its lines' file line. */
    record Block(String text, List<Integer> lines, boolean category) {
        int firstLine() {
            return lines.get(0);
        }

        int lineAt(int offset) {
            int line = 0;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return lines.get(Math.min(line, lines.size() - 1));
        }
    }

    static List<Block> blocks(String file) {
        String s = file.startsWith("\uFEFF") ? file.substring(1) : file;
        String[] lines = s.split("\r\n|\r|\n", -1);
        var blocks = new ArrayList<Block>();
        var text = new StringBuilder();
        var numbers = new ArrayList<Integer>();
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            if (trimmed.startsWith("//")) {
                continue;
            }
            if (trimmed.isEmpty()) {
                flush(blocks, text, numbers);
                continue;
            }
            // Moodle wants a category on its own block; a question right under it is read, not merged into it.
            if (text.isEmpty() && trimmed.startsWith("$CATEGORY:")) {
                blocks.add(new Block(trimmed.substring("$CATEGORY:".length()).strip(), List.of(i + 1), true));
                continue;
            }
            text.append(text.isEmpty() ? "" : "\n").append(protect(lines[i]));
            numbers.add(i + 1);
        }
        flush(blocks, text, numbers);
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder text, List<Integer> numbers) {
        if (!text.isEmpty()) {
            blocks.add(new Block(text.toString(), List.copyOf(numbers), false));
        }
        text.setLength(0);
        numbers.clear();
    }

    static String protect(String line) {
        var out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                int escaped = ESCAPED.indexOf(next);
                if (escaped >= 0 || next == 'n') {
                    out.append(escaped >= 0 ? (char) (FIRST + escaped) : NEWLINE);
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    static String restore(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= FIRST && c < FIRST + ESCAPED.length()) {
                out.append(ESCAPED.charAt(c - FIRST));
            } else if (c == NEWLINE) {
                out.append('\n');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** How GIFT writes {@code text}: its special characters escaped, newlines as {@code \n}. */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (ESCAPED.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
