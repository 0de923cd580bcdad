package app.flashpoint.privacy;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's review log in the FSRS optimizer's CSV ({@code card_id,review_rating,review_time,review_duration},
 * as py-fsrs writes it and {@code /api/fsrs/optimize} reads it). The optimizer wants a number per card, so each
 * card is numbered in the order it was first reviewed; the last two columns name the deck and card.
 */
final class ReviewLogExport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    private ReviewLogExport() {
    }

    static String csv(List<Map<String, Object>> reviews) {
        var numbers = new HashMap<String, Integer>();
        var out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("card_id", "review_rating", "review_time", "review_duration", "deck", "card");
            for (Map<String, Object> r : reviews) {
                String deck = String.valueOf(r.get("deck_slug"));
                String card = String.valueOf(r.get("card_id"));
                int number = numbers.computeIfAbsent(deck + "\n" + card, k -> numbers.size() + 1);
                printer.printRecord(number, r.get("rating"),
                        TIME.format(Instant.ofEpochMilli(((Number) r.get("reviewed_at")).longValue())),
                        r.get("duration_ms"), deck, card);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
