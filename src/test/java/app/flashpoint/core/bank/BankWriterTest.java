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
        roundTrips(false);
    }

    @Test
    void tagsRoundTripToo() throws IOException {
        roundTrips(true);
    }

    private void roundTrips(boolean tagged) throws IOException {
        Bank original = BankReader.read(Path.of("question-bank"), Path.of("seeds"));
        Deck deck = original.decks().get(0);
        if (tagged) {
            var items = new java.util.ArrayList<>(deck.items());
            items.set(0, items.get(0).withTags(java.util.List.of("exam", "week::2")));
            deck = new Deck(deck.slug(), deck.title(), deck.description(), deck.documents(), deck.keyPoints(), items);
        }
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
        assertThat(read.items().stream().filter(i -> !i.tags().isEmpty()).count()).isEqualTo(tagged ? 1 : 0);
        assertThat(read.documents()).isEqualTo(deck.documents());
        assertThat(read.title()).isEqualTo(deck.title());
        assertThat(read.description()).isEqualTo(deck.description());
    }
}
