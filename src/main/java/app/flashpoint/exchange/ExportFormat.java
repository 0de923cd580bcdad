package app.flashpoint.exchange;

import java.util.Arrays;
import java.util.Optional;

/** The files Flashpoint writes a deck as, by the name the API and the deck page's Export menu use. */
enum ExportFormat {
    APKG("apkg", "Anki package", "apkg", "application/octet-stream"),
    CSV("csv", "CSV (Anki text import)", "csv", "text/csv; charset=utf-8"),
    TSV("tsv", "Tab-separated (Anki, Quizlet)", "tsv", "text/tab-separated-values; charset=utf-8"),
    GIFT("gift", "Moodle GIFT", "gift.txt", "text/plain; charset=utf-8"),
    MOODLE_XML("moodle-xml", "Moodle XML", "xml", "application/xml; charset=utf-8"),
    QTI("qti", "QTI 1.2 for Canvas", "qti.zip", "application/zip");

    private final String code;
    private final String label;
    private final String extension;
    private final String contentType;

    ExportFormat(String code, String label, String extension, String contentType) {
        this.code = code;
        this.label = label;
        this.extension = extension;
        this.contentType = contentType;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }

    static Optional<ExportFormat> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
