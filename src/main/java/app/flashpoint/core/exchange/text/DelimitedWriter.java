package app.flashpoint.core.exchange.text;

import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.KeyPoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a deck as a file current Anki imports as is (File → Import, text): headers first, then one row per
 * item with columns note type, front (a cloze note's text), back (a cloze note's Back Extra, holding its
 * explanation), explanation, tags. A note type column keeps each row's kind: Basic, Basic (and reversed card),
 * Cloze, and Basic (type in the answer) for short answers (their first answer; Anki types in one). Anki has no
 * quiz types, so multiple choice (question with its options lettered / the right one), true/false (statement /
 * True or False), ordering (prompt / the sequence numbered) and matching (prompt / "left → right" lines) are
 * written as Basic rows, which read back as Basic. Anki drops the explanation column of a Basic note (it has two
 * fields); {@link DelimitedReader} keeps it. The tag is the key point, {@code Family::Title} with spaces as
 * underscores. Fields are plain text ({@code #html:false}), quoted per RFC 4180 where needed.
 */
public final class DelimitedWriter {
    static final String BASIC = "Basic";
    static final String REVERSED = "Basic (and reversed card)";
    static final String CLOZE = "Cloze";
    static final String TYPE_IN = "Basic (type in the answer)";
    private static final String[] COLUMNS = {"Note type", "Front", "Back", "Explanation", "Tags"};

    private DelimitedWriter() {
    }

    /** @param separator a tab or a comma (also semicolon, pipe, colon or space, which Anki names too) */
    public static String write(Deck deck, char separator) {
        String name = separatorName(separator);
        var out = new StringBuilder();
        out.append("#separator:").append(name).append('\n');
        out.append("#html:false\n");
        out.append("#notetype column:1\n");
        out.append("#tags column:5\n");
        out.append("#deck:").append(oneLine(deck.title())).append('\n');
        out.append("#columns:").append(String.join(String.valueOf(separator), COLUMNS)).append('\n');
        var format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setQuote('"')
                .setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\n").get();
        Map<String, KeyPoint> keyPoints = deck.keyPoints().stream()
                .collect(Collectors.toMap(KeyPoint::id, Function.identity()));
        try (var printer = new CSVPrinter(out, format)) {
            for (Item item : deck.items()) {
                if (whyLeftOut(item) == null) {
                    printer.printRecord((Object[]) row(item, keyPoints.get(item.keyPoint())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** The items {@link #write} leaves out, each as "id: why"; empty when every item has its row. */
    public static List<String> leftOut(Deck deck) {
        var left = new ArrayList<String>();
        for (Item item : deck.items()) {
            String why = whyLeftOut(item);
            if (why != null) {
                left.add(item.id() + ": " + why);
            }
        }
        return left;
    }

    private static String whyLeftOut(Item item) {
        if (item.content() instanceof ItemContent.Cloze c && new ClozeText(c.text()).numbers().isEmpty()) {
            return "a cloze text without {{c1::…}} deletions, which Anki refuses";
        }
        String[] row = row(item, null);
        // a cloze note needs only its text; every other note a front and a back
        if (row[1].isBlank() || !row[0].equals(CLOZE) && row[2].isBlank()) {
            return "an empty front or back, which Anki refuses";
        }
        return null;
    }

    private static String[] row(Item item, KeyPoint keyPoint) {
        // the key point's tag first: the reader takes a row's first tag as its key point, the rest as its tags
        var tags = new java.util.LinkedHashSet<String>();
        if (keyPoint != null) {
            tags.add(tag(keyPoint));
        }
        tags.addAll(item.tags());
        String tag = String.join(" ", tags);
        String explanation = item.explanation() == null ? "" : item.explanation().strip();
        ItemContent content = item.content();
        if (content instanceof ItemContent.Basic b) {
            return new String[]{BASIC, b.front(), b.back(), explanation, tag};
        } else if (content instanceof ItemContent.Reversible r) {
            return new String[]{REVERSED, r.front(), r.back(), explanation, tag};
        } else if (content instanceof ItemContent.Cloze c) {
            return new String[]{CLOZE, c.text(), explanation, "", tag};
        } else if (content instanceof ItemContent.ShortAnswer s) {
            return new String[]{TYPE_IN, s.question(), s.answers().isEmpty() ? "" : s.answers().get(0), explanation,
                    tag};
        } else if (content instanceof ItemContent.MultipleChoice m) {
            return multipleChoice(m, explanation, tag);
        } else if (content instanceof ItemContent.TrueFalse t) {
            return new String[]{BASIC, t.statement(), t.answer() ? "True" : "False", explanation, tag};
        } else if (content instanceof ItemContent.Ordering o) {
            return new String[]{BASIC, o.prompt(), numbered(o.sequence()), explanation, tag};
        } else if (content instanceof ItemContent.Matching m) {
            return new String[]{BASIC, m.prompt(), m.pairs().stream().map(p -> p.left() + " → " + p.right())
                    .collect(Collectors.joining("\n")), explanation, tag};
        }
        throw new IllegalStateException("unknown item content " + content.type());
    }

    /** Options in alphabetical order, so their position does not give the answer away (no randomness in core). */
    private static String[] multipleChoice(ItemContent.MultipleChoice m, String explanation, String tag) {
        var options = new ArrayList<String>();
        options.add(m.answer());
        m.distractors().forEach(d -> options.add(d.text()));
        options.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        var front = new StringBuilder(m.question()).append('\n');
        String back = m.answer();
        for (int i = 0; i < options.size(); i++) {
            String letter = String.valueOf((char) ('A' + i % 26));
            front.append('\n').append(letter).append(") ").append(options.get(i));
            if (options.get(i).equals(m.answer())) {
                back = letter + ") " + m.answer();
            }
        }
        return new String[]{BASIC, front.toString(), back, explanation, tag};
    }

    private static String numbered(List<String> sequence) {
        var out = new StringBuilder();
        for (int i = 0; i < sequence.size(); i++) {
            out.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(sequence.get(i));
        }
        return out.toString();
    }

    /** Anki tags cannot hold spaces; {@code ::} nests them, which the reader turns back into the family. */
    static String tag(KeyPoint keyPoint) {
        String title = tagPart(keyPoint.title());
        String family = keyPoint.family() == null ? "" : tagPart(keyPoint.family());
        return family.isEmpty() ? title : family + "::" + title;
    }

    private static String tagPart(String text) {
        return text.strip().replaceAll("\\s+", "_");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String separatorName(char separator) {
        return switch (separator) {
            case '\t' -> "tab";
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            case ':' -> "colon";
            case ' ' -> "space";
            default -> throw new IllegalArgumentException("Anki names no separator '" + separator + "'");
        };
    }
}
