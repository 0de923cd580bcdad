package app.flashpoint.core.bank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped bank, written out by BankWriter and read back by BankReader, is the same bank. */
class BankWriterTest {
    @TempDir
    Path root;

    @Test
    void theInterviewDeckRoundTrips() throws IOException {
        Bank original = BankReader.read(Path.of("question-bank"), Path.of("seeds"));
        Deck deck = original.decks().get(0);
        Map<String, String> files = BankWriter.write(deck, original.documents());
        for (var file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        assertThat(files).containsKeys("question-bank/luo-interview/deck.yml", "seeds/luo-interview-north-korea.txt",
                "question-bank/luo-interview/items/china-s-core-interests.yml");

        Deck read = BankReader.read(root.resolve("question-bank"), root.resolve("seeds")).decks().get(0);
        assertThat(read.keyPoints()).isEqualTo(deck.keyPoints());
        assertThat(read.items()).containsExactlyInAnyOrderElementsOf(deck.items());
        assertThat(read.documents()).isEqualTo(deck.documents());
        assertThat(read.title()).isEqualTo(deck.title());
        assertThat(read.description()).isEqualTo(deck.description());
    }
}
