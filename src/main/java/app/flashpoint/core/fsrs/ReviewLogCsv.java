package app.flashpoint.core.fsrs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the py-fsrs review log format: {@code card_id,review_rating,review_time,review_duration}
 * with a header row, ISO-8601 times with an offset. The duration column is optional and ignored.
 */
public final class ReviewLogCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private ReviewLogCsv() {
    }

    public static List<ReviewRecord> read(Path path) throws IOException {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    /** @throws ReviewLogFormatException at the first line that is not a valid review */
    public static List<ReviewRecord> read(Reader reader) throws IOException {
        List<ReviewRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (String column : List.of("card_id", "review_rating", "review_time")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new ReviewLogFormatException(1, "missing column " + column, null);
                }
            }
            var iterator = parser.iterator();
            while (true) {
                CSVRecord row;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    row = iterator.next();
                } catch (UncheckedIOException e) {
                    throw new ReviewLogFormatException(parser.getCurrentLineNumber(), "malformed CSV", e);
                }
                records.add(parse(row, parser.getCurrentLineNumber()));
            }
        }
        return records;
    }

    private static ReviewRecord parse(CSVRecord row, long line) {
        if (!row.isConsistent()) {
            throw new ReviewLogFormatException(line, "expected " + row.getParser().getHeaderNames().size()
                    + " fields, got " + row.size(), null);
        }
        String field = "card_id";
        try {
            long cardId = Long.parseLong(row.get("card_id"));
            field = "review_rating";
            Rating rating = Rating.ofGrade(Integer.parseInt(row.get("review_rating")));
            field = "review_time";
            Instant time = OffsetDateTime.parse(row.get("review_time")).toInstant();
            return new ReviewRecord(cardId, rating, time);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ReviewLogFormatException(line, "bad " + field + ": " + e.getMessage(), e);
        }
    }
}
