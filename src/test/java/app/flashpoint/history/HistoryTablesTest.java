package app.flashpoint.history;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learner's history has one owner: outside {@code history}, no SQL or mapping names review_log, card_state
 * or study_stamp. Read from the sources, string literals only (comments may say where a figure comes from).
 */
class HistoryTablesTest {
    private static final Pattern TABLE_IN_STRING = Pattern.compile("\"[^\"]*\\b(review_log|card_state|study_stamp)\\b");

    @Test
    void onlyHistoryNamesItsTables() throws IOException {
        Path main = Path.of("src/main/java/app/flashpoint");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(main.resolve("history")))
                    .flatMap(HistoryTablesTest::namingLines).toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theCheckSeesATableInAString() {
        assertThat(TABLE_IN_STRING.matcher("    @Query(\"SELECT * FROM review_log WHERE x\")").find()).isTrue();
        assertThat(TABLE_IN_STRING.matcher("    @MappedEntity(\"card_state\")").find()).isTrue();
        assertThat(TABLE_IN_STRING.matcher("    // completion is read from review_log").find()).isFalse();
    }

    private static Stream<String> namingLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return IntStream.range(0, lines.size())
                    .filter(i -> !lines.get(i).strip().startsWith("*") && !lines.get(i).strip().startsWith("//"))
                    .filter(i -> TABLE_IN_STRING.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
