package app.flashpoint.core.bank;

import java.util.List;

/** A deck as authored: its documents (file names under seeds/), key points and items. */
public record Deck(String slug, String title, String description, List<String> documents,
                   List<KeyPoint> keyPoints, List<Item> items) {
    public Deck {
        documents = List.copyOf(documents);
        keyPoints = List.copyOf(keyPoints);
        items = List.copyOf(items);
    }

    public long itemCount(String keyPointId) {
        return items.stream().filter(i -> i.keyPoint().equals(keyPointId)).count();
    }
}
