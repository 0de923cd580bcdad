package app.flashpoint.core.exchange.text;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns rows into items and key points. Fields are positional, as Anki maps them to a note type's fields:
 * front and back (for a cloze note, text and Back Extra); the field after the back is kept as the explanation,
 * since Basic has no third field in Anki and a third spreadsheet column is usually a note on the card.
 * A row's first tag is its key point ({@code Parent::Child} → family "Parent", title "Child"; underscores
 * read as spaces) and the others its item's tags; untagged rows share one key point named after their deck.
 */
final class DeckBuilder {
    static final int IMPORTANCE = 3;

    private final boolean html;
    private final String deckName;
    private final Map<String, KeyPoint> keyPoints = new LinkedHashMap<>();
    private final List<Item> items = new ArrayList<>();
    private final List<ImportedDeck.Skipped> skipped = new ArrayList<>();

    DeckBuilder(boolean html, String deckName) {
        this.html = html;
        this.deckName = deckName;
    }

    void add(Row row) {
        String where = "line " + row.line();
        List<FieldText> fields = row.fields().stream().map(f -> FieldText.of(f, html)).toList();
        FieldText front = field(fields, 0);
        FieldText back = field(fields, 1);
        String notetype = row.notetype() == null ? "" : row.notetype().strip().toLowerCase(Locale.ROOT);
        if (notetype.equals("image occlusion")) {
            skip(where, "an image occlusion note needs its image, which a text file cannot carry");
            return;
        }
        if (front.onlyMedia()) {
            skip(where, "the front is only media, which a text file cannot carry");
            return;
        }
        if (front.text().isEmpty()) {
            skip(where, "the front is empty");
            return;
        }
        // a Basic note type said outright wins over braces in its front; otherwise deletions make a cloze
        boolean cloze = notetype.equals("cloze") || !isBasic(notetype) && hasDeletions(front.text());
        if (cloze) {
            if (!hasDeletions(front.text())) {
                skip(where, "a cloze note without {{c1::…}} deletions");
                return;
            }
            item(row, new ItemContent.Cloze(front.text()), back.text());
            return;
        }
        if (back.onlyMedia()) {
            skip(where, "the back is only media, which a text file cannot carry");
            return;
        }
        if (back.text().isEmpty()) {
            skip(where, fields.size() < 2 ? "no back: a single field without {{c1::…}} cloze deletions"
                    : "the back is empty");
            return;
        }
        String explanation = field(fields, 2).text();
        ItemContent content = switch (notetype) {
            case "basic (and reversed card)" -> new ItemContent.Reversible(front.text(), back.text());
            // its third field says whether to add the reverse card, so it is no explanation
            case "basic (optional reversed card)" -> explanation.isEmpty()
                    ? new ItemContent.Basic(front.text(), back.text())
                    : new ItemContent.Reversible(front.text(), back.text());
            case "basic (type in the answer)" -> new ItemContent.ShortAnswer(front.text(), List.of(back.text()));
            default -> new ItemContent.Basic(front.text(), back.text());
        };
        item(row, content, notetype.equals("basic (optional reversed card)") ? "" : explanation);
    }

    /** The deck read, or why nothing in it could be. */
    ImportedDeck build(String title, String expected) {
        if (items.isEmpty()) {
            if (skipped.isEmpty()) {
                throw new ImportException("No cards found: expected " + expected);
            }
            var first = skipped.get(0);
            throw new ImportException("No cards found: all " + skipped.size() + " row(s) were left out, the first at "
                    + first.where() + " because " + first.why());
        }
        return new ImportedDeck(title, "", List.copyOf(keyPoints.values()), items, List.of(), skipped);
    }

    int rows() {
        return items.size() + skipped.size();
    }

    private void item(Row row, ItemContent content, String explanation) {
        String keyPoint = keyPoint(row).id();
        List<String> tags = row.tags().size() > 1 ? row.tags().subList(1, row.tags().size()) : List.of();
        items.add(new Item("item-" + (items.size() + 1), keyPoint, Bloom.REMEMBER, content, explanation, List.of(), "",
                tags));
    }

    private KeyPoint keyPoint(Row row) {
        String deck = row.deck() == null || row.deck().isBlank() ? deckName : row.deck().strip();
        List<String> path = row.tags().isEmpty() ? List.of() : Arrays.stream(row.tags().get(0).split("::"))
                .map(s -> s.replace('_', ' ').strip()).filter(s -> !s.isEmpty()).toList();
        String title = path.isEmpty() ? deck : path.get(path.size() - 1);
        String family = path.size() > 1 ? String.join("::", path.subList(0, path.size() - 1)) : deck;
        return keyPoints.computeIfAbsent(family + "\n" + title,
                k -> new KeyPoint("kp-" + (keyPoints.size() + 1), title, "", family, IMPORTANCE));
    }

    private void skip(String where, String why) {
        skipped.add(new ImportedDeck.Skipped(where, why));
    }

    private static boolean isBasic(String notetype) {
        return notetype.startsWith("basic");
    }

    private static boolean hasDeletions(String text) {
        return !new ClozeText(text).numbers().isEmpty();
    }

    private static FieldText field(List<FieldText> fields, int i) {
        return i < fields.size() ? fields.get(i) : new FieldText("", false);
    }
}
