package app.flashpoint.core.exchange;

import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.KeyPoint;

import java.util.List;

/**
 * A deck read from another app's file, in Flashpoint's own model: its key points and items, the media its items
 * name, and what was left out and why. Ids are local to the file (the importer gives them the new deck's
 * prefix); every item's key point is one of {@code keyPoints}; items have no source spans.
 */
public record ImportedDeck(String title, String description, List<KeyPoint> keyPoints, List<Item> items,
                           List<Media> media, List<Skipped> skipped) {
    public ImportedDeck {
        keyPoints = List.copyOf(keyPoints);
        items = List.copyOf(items);
        media = List.copyOf(media);
        skipped = List.copyOf(skipped);
    }

    /** One entry of the file that did not become an item: {@code where} names it ("line 12", "note 1651…"). */
    public record Skipped(String where, String why) {
    }

    /** A media file an item refers to by {@code name} (images, audio). */
    public record Media(String name, byte[] bytes) {
    }
}
