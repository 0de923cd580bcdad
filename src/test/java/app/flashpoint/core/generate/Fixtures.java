package app.flashpoint.core.generate;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.bank.SourceSpan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small hand-built decks and the interview seed, read from the project's own seeds folder. */
public final class Fixtures {
    public static final String INTERVIEW_FILE = "luo-interview-north-korea.txt";

    private Fixtures() {
    }

    public static String interview() {
        try {
            return Files.readString(Path.of("seeds", INTERVIEW_FILE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceSpan span(String quote) {
        int start = interview().indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("not in the interview: " + quote);
        }
        return new SourceSpan(INTERVIEW_FILE, quote, start, start + quote.length());
    }

    public static Item item(String id, String keyPoint, Bloom bloom, ItemContent content) {
        return new Item(id, keyPoint, bloom, content, "because the interview says so", List.of(span("no war")));
    }

    public static Deck deck(List<KeyPoint> keyPoints, List<Item> items) {
        return new Deck("test", "Test deck", "", List.of(INTERVIEW_FILE), keyPoints, items);
    }

    public static KeyPoint keyPoint(String id, String family) {
        return new KeyPoint(id, id, id, family, 3);
    }
}
