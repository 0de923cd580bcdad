package app.flashpoint.core.exchange.text;

import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads flashcards from text: Anki's text import (headers, RFC 4180 quoting, any separator) or, when the
 * options name Quizlet separators, a pasted Quizlet export (plain splits, no quoting). See
 * {@link DeckBuilder} for how fields become items. Rows that cannot be cards are reported, not fatal; a file
 * with no card at all, over {@value #MAX_ROWS} rows, or with a quote left open is refused.
 */
public final class DelimitedReader {
    public static final int MAX_ROWS = 20_000;
    static final String DEFAULT_TITLE = "Imported cards";
    private static final String EXPECTED = "one card per line, front and back separated by a tab, a comma or a"
            + " semicolon (or one field of cloze text with {{c1::…}} deletions)";

    private DelimitedReader() {
    }

    public static ImportedDeck read(String text, TextOptions options) {
        if (text.indexOf('\u0000') >= 0) {
            throw new ImportException("This is not a text file (it holds binary data): expected "
                    + "a CSV, TSV or TXT file, or text pasted from Quizlet");
        }
        String normalized = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n")
                .replace('\r', '\n');
        return options.quizlet() ? quizlet(normalized, options) : anki(normalized, options);
    }

    private static ImportedDeck anki(String text, TextOptions options) {
        List<String> lines = text.lines().toList();
        FileHeaders headers = FileHeaders.read(lines);
        char separator = options.separator() != null ? options.separator()
                : headers.separator() != null ? headers.separator() : sniff(lines);
        var columns = new Columns(headers, separator);
        var format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setQuote('"').setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrailingData(true).get();
        var rows = new ArrayList<Row>();
        var lineStarts = new LineStarts(text);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            var iterator = parser.iterator();
            long nextRecord = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException e) {
                    throw new ImportException("Line " + lineStarts.dataLineAt(nextRecord)
                            + ": a quoted field is never closed (a \" without its partner)", e);
                }
                if (rows.size() == MAX_ROWS) {
                    throw tooMany();
                }
                rows.add(columns.row(lineStarts.dataLineAt(record.getCharacterPosition()), record.toList()));
                nextRecord = lineStarts.startOfLine(parser.getCurrentLineNumber() + 1);
            }
        } catch (IOException e) {
            throw new ImportException("The text could not be read: " + e.getMessage(), e);
        }
        boolean html = options.html() != null ? options.html() : headers.html() != null ? headers.html()
                : rows.stream().flatMap(r -> r.fields().stream()).anyMatch(FieldText::looksLikeHtml);
        // the file's own deck name first: options.title is the fallback (the file's name), the user's choice wins later
        String title = headers.deck() != null ? headers.deck()
                : options.title() != null ? options.title() : DEFAULT_TITLE;
        var builder = new DeckBuilder(html, headers.deck() != null ? headers.deck() : title);
        rows.forEach(builder::add);
        return builder.build(title, EXPECTED);
    }

    private static ImportedDeck quizlet(String text, TextOptions options) {
        String term = options.termSeparator() != null ? options.termSeparator() : "\t";
        String card = options.cardSeparator() != null ? options.cardSeparator() : "\n";
        String title = options.title() != null ? options.title() : DEFAULT_TITLE;
        var builder = new DeckBuilder(Boolean.TRUE.equals(options.html()), title);
        var lineStarts = new LineStarts(text);
        int at = 0;
        for (String chunk : text.split(Pattern.quote(card), -1)) {
            int start = at;
            at += chunk.length() + card.length();
            if (chunk.isBlank()) {
                continue;
            }
            if (builder.rows() == MAX_ROWS) {
                throw tooMany();
            }
            int split = chunk.indexOf(term);
            List<String> fields = split < 0 ? List.of(chunk)
                    : List.of(chunk.substring(0, split), chunk.substring(split + term.length()));
            int firstChar = start + (chunk.length() - chunk.stripLeading().length());
            builder.add(new Row(lineStarts.lineOf(firstChar), fields, null, null, List.of()));
        }
        return builder.build(title, "one card per part split by " + describe(card) + ", its term and definition"
                + " split by " + describe(term));
    }

    /**
     * Anki's guess when no header says: the first data line's tab, else comma, else semicolon. A line with
     * none of them (a lone cloze text) says nothing, so the next one decides.
     */
    static char sniff(List<String> lines) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            for (char c : new char[]{'\t', ',', ';'}) {
                if (line.indexOf(c) >= 0) {
                    return c;
                }
            }
        }
        return ',';
    }

    private static ImportException tooMany() {
        return new ImportException(String.format(Locale.ROOT,
                "Too many rows: a file may hold at most %,d cards; split it into smaller files", MAX_ROWS));
    }

    private static String describe(String separator) {
        return switch (separator) {
            case "\t" -> "a tab";
            case "\n" -> "a new line";
            case "\n\n" -> "a blank line";
            default -> "'" + separator.replace("\n", "\\n").replace("\t", "\\t") + "'";
        };
    }

    /** Which record values are fields and which are Anki's special columns (note type, deck, tags, GUID). */
    private static final class Columns {
        private final FileHeaders headers;
        private final int notetype;
        private final int deck;
        private final int tags;
        private final int guid;

        Columns(FileHeaders headers, char separator) {
            this.headers = headers;
            // a column named like a special one counts as one, as a spreadsheet's header row would mean it
            List<String> names = headers.columnNames(separator).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
            this.notetype = headers.notetypeColumn() > 0 ? headers.notetypeColumn() : named(names, "notetype", "note type");
            this.deck = headers.deckColumn() > 0 ? headers.deckColumn() : named(names, "deck");
            this.tags = headers.tagsColumn() > 0 ? headers.tagsColumn() : named(names, "tags");
            this.guid = headers.guidColumn() > 0 ? headers.guidColumn() : named(names, "guid");
        }

        Row row(int line, List<String> values) {
            var fields = new ArrayList<String>();
            for (int i = 1; i <= values.size(); i++) {
                if (i != notetype && i != deck && i != tags && i != guid) {
                    fields.add(values.get(i - 1));
                }
            }
            String rowTags = value(values, tags);
            List<String> tagList = Stream.concat(
                    rowTags == null || rowTags.isBlank() ? Stream.empty() : Stream.of(rowTags.strip().split("\\s+")),
                    headers.tags().stream()).distinct().toList();
            String rowNotetype = value(values, notetype);
            return new Row(line, fields, rowNotetype == null || rowNotetype.isBlank() ? headers.notetype() : rowNotetype,
                    value(values, deck), tagList);
        }

        private static String value(List<String> values, int column) {
            return column > 0 && column <= values.size() ? values.get(column - 1) : null;
        }

        private static int named(List<String> names, String... wanted) {
            for (String w : wanted) {
                int i = names.indexOf(w);
                if (i >= 0) {
                    return i + 1;
                }
            }
            return 0;
        }
    }

    /** Line numbers (1-based) of character positions, skipping the blank and comment lines a record follows. */
    private static final class LineStarts {
        private final String text;
        private final int[] starts;

        LineStarts(String text) {
            this.text = text;
            var list = new ArrayList<Integer>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(long position) {
            int i = java.util.Arrays.binarySearch(starts, (int) Math.min(position, Integer.MAX_VALUE));
            return (i >= 0 ? i : -i - 2) + 1;
        }

        int dataLineAt(long position) {
            int line = lineOf(position);
            while (line < starts.length && (lineText(line).isBlank() || lineText(line).startsWith("#"))) {
                line++;
            }
            return line;
        }

        long startOfLine(long line) {
            return line <= starts.length ? starts[(int) line - 1] : text.length();
        }

        private String lineText(int line) {
            int end = line < starts.length ? starts[line] - 1 : text.length();
            return text.substring(starts[line - 1], Math.max(starts[line - 1], end));
        }
    }
}
