package app.flashpoint.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FsrsReviewLogCsvTest {

    private static final String HEADER = "card_id,review_rating,review_time,review_duration\n";

    @Test
    void readsRows() throws Exception {
        List<ReviewRecord> records = ReviewLogCsv.read(new StringReader(HEADER
                + "1711684180217,1,2024-03-29T20:32:32.250000+00:00,25060\n"
                + "1711684780667,3,2024-03-29T22:32:39.497+02:00,\n"));
        assertThat(records).containsExactly(
                new ReviewRecord(1711684180217L, Rating.AGAIN, Instant.parse("2024-03-29T20:32:32.250Z")),
                new ReviewRecord(1711684780667L, Rating.GOOD, Instant.parse("2024-03-29T20:32:39.497Z")));
    }

    @Test
    void reportsTheFirstBadLine() {
        String csv = HEADER
                + "1,3,2024-03-29T20:32:32Z,1\n"
                + "2,3,2024-03-29T20:32:33Z,1\n"
                + "3,5,2024-03-29T20:32:34Z,1\n"
                + "4,x,2024-03-29T20:32:35Z,1\n";
        assertThatThrownBy(() -> ReviewLogCsv.read(new StringReader(csv)))
                .isInstanceOf(ReviewLogFormatException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("review_rating")
                .satisfies(e -> assertThat(((ReviewLogFormatException) e).lineNumber()).isEqualTo(4));
    }

    @Test
    void reportsBadTimesAndMissingFields() {
        assertThatThrownBy(() -> ReviewLogCsv.read(new StringReader(HEADER + "1,3,yesterday,1\n")))
                .hasMessageContaining("line 2").hasMessageContaining("review_time");
        assertThatThrownBy(() -> ReviewLogCsv.read(new StringReader(HEADER + "1,3,2024-03-29T20:32:32Z,1\n1,3\n")))
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> ReviewLogCsv.read(new StringReader("id,rating\n1,3\n")))
                .hasMessageContaining("line 1").hasMessageContaining("card_id");
    }
}
