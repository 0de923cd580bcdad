package app.flashpoint.core.exchange.text;

import app.flashpoint.core.exchange.ImportException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code #key:value} lines at the top of an Anki text file (Anki's "File Headers"). Column numbers are
 * 1-based as written, 0 when absent; a null means the file does not say. Later {@code #} lines are comments.
 */
record FileHeaders(Character separator, Boolean html, List<String> tags, String columns, String notetype,
                   String deck, int notetypeColumn, int deckColumn, int tagsColumn, int guidColumn) {

    static FileHeaders read(List<String> lines) {
        Character separator = null;
        Boolean html = null;
        String tags = null;
        String columns = null;
        String notetype = null;
        String deck = null;
        int notetypeColumn = 0;
        int deckColumn = 0;
        int tagsColumn = 0;
        int guidColumn = 0;
        for (int i = 0; i < lines.size() && lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(1, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1);
            String where = "Line " + (i + 1) + ": ";
            switch (key) {
                case "separator" -> separator = separator(value, where);
                case "html" -> html = bool(value, where);
                case "tags" -> tags = value;
                case "columns" -> columns = value;
                case "notetype" -> notetype = value.strip();
                case "deck" -> deck = value.strip();
                case "notetype column" -> notetypeColumn = column(key, value, where);
                case "deck column" -> deckColumn = column(key, value, where);
                case "tags column" -> tagsColumn = column(key, value, where);
                case "guid column" -> guidColumn = column(key, value, where);
                default -> {
                    // any other "#…:" line is a comment, as in Anki
                }
            }
        }
        List<String> tagList = tags == null || tags.isBlank() ? List.of() : List.of(tags.strip().split("\\s+"));
        // the names are split once the separator is known, so the raw text is kept until then
        return new FileHeaders(separator, html, tagList, columns, blankToNull(notetype), blankToNull(deck),
                notetypeColumn, deckColumn, tagsColumn, guidColumn);
    }

    /** The {@code #columns:} names, split by the separator the file turned out to use. */
    List<String> columnNames(char separatorUsed) {
        if (columns == null) {
            return List.of();
        }
        return Arrays.stream(columns.split(java.util.regex.Pattern.quote(String.valueOf(separatorUsed)), -1))
                .map(String::strip).toList();
    }

    static Character separator(String value, String where) {
        String name = value.strip();
        if (value.equals(" ") || value.equals("\t")) {
            return value.charAt(0);
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "tab" -> '\t';
            case "space" -> ' ';
            case "pipe" -> '|';
            case "colon" -> ':';
            default -> {
                if (name.length() == 1 && name.charAt(0) != '"') {
                    yield name.charAt(0);
                }
                throw new ImportException(where + "unknown #separator '" + name
                        + "': use Comma, Semicolon, Tab, Space, Pipe, Colon or a single character");
            }
        };
    }

    private static boolean bool(String value, String where) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ImportException(where + "#html must be true or false, not '" + value.strip() + "'");
        };
    }

    private static int column(String key, String value, String where) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ImportException(where + "#" + key + " needs a column number from 1, not '" + value.strip() + "'");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
