package app.flashpoint.core.exchange;

import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.KeyPoint;

import java.util.List;

/**
 * A deck read from another app's file, in Flashpoint's own model: its key points and items, the media its items
 * name, the review history the file carries (Anki's), and what was left out and why. Ids are local to the file
 * (the importer gives them the new deck's prefix); every item's key point is one of {@code keyPoints}; items have
 * no source spans.
 */
public record ImportedDeck(String title, String description, List<KeyPoint> keyPoints, List<Item> items,
                           List<Media> media, List<Skipped> skipped, List<Review> reviews) {
    public ImportedDeck {
        keyPoints = List.copyOf(keyPoints);
        items = List.copyOf(items);
        media = List.copyOf(media);
        skipped = List.copyOf(skipped);
        reviews = List.copyOf(reviews);
    }

    public ImportedDeck(String title, String description, List<KeyPoint> keyPoints, List<Item> items,
                        List<Media> media, List<Skipped> skipped) {
        this(title, description, keyPoints, items, media, skipped, List.of());
    }

    /**
     * One past answer of one card of an item ({@code ordinal} as the card's: cloze number, 0/1 for the two
     * directions, else 0): rating 1–4, when (epoch ms) and how long it took. {@code key} is unique within the file,
     * so that importing the same answer twice into one deck is refused.
     */
    public record Review(String itemId, int ordinal, int rating, long reviewedAt, int durationMs, String key) {
    }

    /** One entry of the file that did not become an item: {@code where} names it ("line 12", "note 1651…"). */
    public record Skipped(String where, String why) {
    }

    /** A media file an item refers to by {@code name} (images, audio). */
    public record Media(String name, byte[] bytes) {
    }
}
