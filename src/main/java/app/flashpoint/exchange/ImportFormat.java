package app.flashpoint.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files Flashpoint reads, by the name the API and the import form use. */
enum ImportFormat {
    APKG("apkg", "Anki package (.apkg)"),
    COLPKG("colpkg", "Anki collection (.colpkg)"),
    CSV("csv", "CSV, or text pasted from a spreadsheet"),
    TSV("tsv", "Tab-separated text (Anki, Quizlet)"),
    GIFT("gift", "Moodle GIFT (.gift, .txt)"),
    MOODLE_XML("moodle-xml", "Moodle XML (.xml)");

    private final String code;
    private final String label;

    ImportFormat(String code, String label) {
        this.code = code;
        this.label = label;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    boolean binary() {
        return this == APKG || this == COLPKG;
    }

    static Optional<ImportFormat> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    /**
     * The format a file most likely is, from its first bytes and then its name: a zip is an Anki package, XML is
     * Moodle's, and text with GIFT's braces or category lines is GIFT; empty when nothing tells.
     */
    static Optional<ImportFormat> detect(String fileName, byte[] head) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of(name.endsWith(".colpkg") ? COLPKG : APKG);
        }
        String text = new String(head, 0, Math.min(head.length, 4096), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        if (text.startsWith("<?xml") || text.startsWith("<quiz")) {
            return Optional.of(MOODLE_XML);
        }
        if (name.endsWith(".gift") || text.startsWith("$CATEGORY:") || text.startsWith("::")
                || text.matches("(?s).*\\{\\s*(=|~|T\\b|F\\b|TRUE\\b|FALSE\\b|#).*")) {
            return Optional.of(GIFT);
        }
        if (name.endsWith(".tsv") || text.contains("\t") || text.startsWith("#separator:tab")) {
            return Optional.of(TSV);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || text.startsWith("#")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
