package app.flashpoint.gradebook;

import app.flashpoint.classroom.Classrooms;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gradebook exports: RFC 4180 (commons-csv: CRLF line ends, a field quoted when it holds a comma, quote or
 * line break, quotes doubled), UTF-8 with a byte-order mark so Excel reads the accents right. Text cells
 * that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) get a leading
 * apostrophe, as OWASP advises against CSV injection; figures are written as plain numbers.
 */
final class GradebookCsv {
    private static final String BOM = "\uFEFF";

    private GradebookCsv() {
    }

    /** Student, account id, then per assignment its grade or completion in percent (empty: none yet). */
    static byte[] classFile(ClassGradebook book) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Student", "Account id"));
        book.columns().forEach(c -> header.add(text(c.title() + (c.quiz() ? " (grade %)" : " (completion %)"))));
        rows.add(header);
        for (ClassGradebook.Row row : book.rows()) {
            List<String> line = new ArrayList<>(List.of(text(row.student().name()),
                    String.valueOf(row.student().accountId())));
            row.cells().forEach(c -> line.add(Figures.csv(c.value() == null ? null : 100 * c.value())));
            rows.add(line);
        }
        return write(rows);
    }

    /**
     * One quiz: student, account id, submitted attempts, grade in percent, then Q1..Qn: each question's score
     * (0..1) in the attempt that stands for the grade (the highest-scoring one for "highest", else the last).
     */
    static byte[] assignmentFile(List<Gradebooks.ResultRow> results) {
        int questions = results.stream().mapToInt(r -> r.questions().stream()
                .mapToInt(QuestionResult::number).max().orElse(0)).max().orElse(0);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Student", "Account id", "Attempts", "Grade (%)"));
        for (int q = 1; q <= questions; q++) {
            header.add("Q" + q);
        }
        rows.add(header);
        for (Gradebooks.ResultRow r : results) {
            List<String> line = new ArrayList<>(List.of(text(r.student().name()),
                    String.valueOf(r.student().accountId()), String.valueOf(r.grade().submitted().size()),
                    Figures.csv(r.grade().value() == null ? null : 100 * r.grade().value())));
            for (int q = 1; q <= questions; q++) {
                int number = q;
                line.add(r.questions().stream().filter(x -> x.number() == number).findFirst()
                        .map(x -> Figures.csv(x.score())).orElse(""));
            }
            rows.add(line);
        }
        return write(rows);
    }

    /** OWASP's guard: a text cell a spreadsheet would evaluate starts with an apostrophe instead. */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** A file name that is safe in a header and on every file system: ASCII letters, digits and dashes. */
    static String fileName(String name, String suffix) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60).replaceAll("-+$", "");
        }
        return (ascii.isEmpty() ? "class" : ascii) + "-" + suffix + ".csv";
    }

    private static byte[] write(List<List<String>> rows) {
        var out = new StringBuilder(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
