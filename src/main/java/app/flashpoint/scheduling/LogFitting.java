package app.flashpoint.scheduling;

import app.flashpoint.core.fsrs.Evaluation;
import app.flashpoint.core.fsrs.Evaluator;
import app.flashpoint.core.fsrs.OptimizationResult;
import app.flashpoint.core.fsrs.Optimizer;
import app.flashpoint.core.fsrs.ReviewLogCsv;
import app.flashpoint.core.fsrs.ReviewLogFormatException;
import app.flashpoint.core.fsrs.ReviewRecord;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import org.apache.commons.io.input.BoundedInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Fits FSRS weights to an uploaded review log and scores them in and out of sample. */
@Singleton
class LogFitting {
    static final String HEADER = "card_id,review_rating,review_time,review_duration";
    private static final int SPLIT_MIN_ITEMS = 6;
    /**
     * 10 MB of CSV, about 300,000 reviews: about 15 s of a CPU to fit, and two such fits at once stay within a
     * 256 MB heap. A 39 MB log took 51 s and 1.4 GB, which one anonymous request must not be able to ask for.
     */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Optimizer optimizer = new Optimizer();
    private final Evaluator evaluator = new Evaluator(optimizer);

    /** Reads the log as it streams in, so a large upload is never held in memory as bytes as well. */
    OptimizeResponse fit(@Nullable InputStream csv) {
        if (csv == null) {
            throw emptyBody();
        }
        long start = System.nanoTime();
        List<ReviewRecord> log = read(csv);
        if (log.isEmpty()) {
            throw new InvalidInput("body has a header but no reviews");
        }
        OptimizationResult result = optimizer.fit(log);
        OptimizeResponse.Metrics split = null;
        if (result.itemCount() >= SPLIT_MIN_ITEMS) {
            Evaluation e = evaluator.timeSeriesSplit(log);
            split = new OptimizeResponse.Metrics(e.logLoss(), e.rmseBins(), e.itemCount());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new OptimizeResponse(Arrays.stream(result.parameters().toArray()).boxed().toList(),
                result.fit().name(), result.reviewCount(), result.cardCount(), result.itemCount(),
                finiteOrNull(result.logLoss()), finiteOrNull(result.rmseBins()), split, millis);
    }

    private static List<ReviewRecord> read(InputStream csv) {
        try (PushbackInputStream in = new PushbackInputStream(bounded(csv), BOM.length)) {
            byte[] head = in.readNBytes(BOM.length);
            if (head.length == 0) {
                throw emptyBody();
            }
            // Spreadsheet programs often start a UTF-8 file with a byte-order mark, which would hide the first column.
            if (!Arrays.equals(head, BOM)) {
                in.unread(head);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return ReviewLogCsv.read(reader);
            }
        } catch (ReviewLogFormatException e) {
            throw tooLargeOr(e, new InvalidInput(e.getMessage()));
        } catch (IOException e) {
            throw tooLargeOr(e, new UncheckedIOException(e));
        }
    }

    /**
     * A body over the size limit fails while it is being read, arriving wrapped in an IOException
     * (and, through commons-csv, in a "malformed CSV" error); ErrorPages answers it with 413.
     */
    private static RuntimeException tooLargeOr(Throwable failure, RuntimeException otherwise) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ContentLengthExceededException tooLarge) {
                return tooLarge;
            }
            if (t instanceof LogTooLarge) {
                return tooLarge();
            }
        }
        return otherwise;
    }

    /** An IOException, so that it travels through the reader and the CSV parser like any failed read. */
    private static final class LogTooLarge extends IOException {
    }

    /** A chunked body has no length to check first: it fails as soon as one byte past the limit arrives. */
    private static InputStream bounded(InputStream csv) throws IOException {
        return BoundedInputStream.builder().setInputStream(csv).setMaxCount(MAX_BYTES + 1)
                .setOnMaxCount((max, count) -> {
                    throw new LogTooLarge();
                }).get();
    }

    static HttpStatusException tooLarge() {
        return new HttpStatusException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Review log too large: "
                + "/api/fsrs/optimize accepts at most 10 MB (" + MAX_BYTES + " bytes) of CSV; fit a recent part of the log.");
    }

    private static InvalidInput emptyBody() {
        return new InvalidInput("body is empty; send a CSV review log with the header " + HEADER);
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
