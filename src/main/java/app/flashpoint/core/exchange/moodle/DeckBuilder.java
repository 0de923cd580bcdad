package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.exchange.ImportedDeck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a Moodle file's questions into an {@link ImportedDeck}. Categories become key points, created when
 * their first item arrives so that a category holding only skipped questions leaves no empty key point;
 * questions before any category go to a key point named after the deck. Losses on imported items go in the
 * item's note (the author's word to reviewers): {@code skipped} is only for what did not become an item.
 */
final class DeckBuilder {
    private static final int IMPORTANCE = 3;

    private final String title;
    private final Map<List<String>, KeyPoint> keyPoints = new LinkedHashMap<>();
    private final Map<List<String>, String> summaries = new LinkedHashMap<>();
    private final List<Item> items = new ArrayList<>();
    private final List<ImportedDeck.Skipped> skipped = new ArrayList<>();
    private CategoryPath category;

    DeckBuilder(String title) {
        this.title = title == null || title.isBlank() ? "Imported questions" : title.strip();
        this.category = new CategoryPath(List.of(this.title));
    }

    void category(CategoryPath path, String summary) {
        category = path.segments().isEmpty() ? new CategoryPath(List.of(title)) : path;
        if (summary != null && !summary.isBlank()) {
            summaries.putIfAbsent(category.segments(), summary.strip());
        }
    }

    void add(Mapped mapped, String where) {
        if (mapped.isSkipped()) {
            skip(where, mapped.skipped());
            return;
        }
        var keyPoint = keyPoints.computeIfAbsent(category.segments(), segments -> new KeyPoint(
                "kp-" + (keyPoints.size() + 1), category.title(), summaries.getOrDefault(segments, ""),
                category.family(), IMPORTANCE));
        String note = mapped.losses().isEmpty() ? "" : "Imported from Moodle: " + String.join("; ", mapped.losses())
                + ".";
        items.add(new Item("q-" + (items.size() + 1), keyPoint.id(), Bloom.REMEMBER, mapped.content(),
                mapped.explanation(), List.of(), note));
    }

    void skip(String where, String why) {
        skipped.add(new ImportedDeck.Skipped(where, why));
    }

    ImportedDeck build() {
        return new ImportedDeck(title, "", List.copyOf(keyPoints.values()), items, List.of(), skipped);
    }
}
