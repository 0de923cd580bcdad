package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;

/**
 * Reads Moodle's GIFT text format (FORMATS.md §2). Multiple choice with one fully right answer, true/false,
 * short answer, matching and numerical become items; a short answer asked mid-sentence ("Two plus two
 * equals {=four =4}.") becomes a cloze; a numerical question becomes a short answer whose answers are its
 * numbers. Essays, descriptions and questions without a single fully right answer are skipped, each with
 * where and why; what an imported question loses (partial credit, a tolerance) is in its item's note.
 * Question names are not kept: items are numbered q-1, q-2… in file order.
 */
public final class GiftReader {
    private GiftReader() {
    }

    /** @throws ImportException on a syntax error (an unclosed brace, a malformed number), naming the line */
    public static ImportedDeck read(String text, String title) {
        var deck = new DeckBuilder(title);
        int number = 0;
        for (var block : GiftText.blocks(text)) {
            if (block.category()) {
                deck.category(CategoryPath.parse(block.text()), null);
                continue;
            }
            number++;
            String where = "question " + number + " (line " + block.firstLine() + ")";
            deck.add(new GiftQuestion(block, where).map(), where);
        }
        return deck.build();
    }
}
