package app.flashpoint.deck;

import app.flashpoint.core.document.Highlighter;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The source reader's model: the document as speaker turns and paragraphs with every cited passage
 * highlighted, and, for the panel that opens on a highlight, what each citation is.
 */
public record ReaderPage(DocumentRow document, Map<String, String> metadata, List<Highlighter.Block> blocks,
                         Map<String, CitationView> citations) {

    @Serdeable
    public record CitationView(String anchor, String itemId, String type, String keyPoint, String url) {
    }

    static ReaderPage of(DocumentRow document, Map<String, String> metadata, List<Citation> citations) {
        var views = new LinkedHashMap<String, CitationView>();
        for (Citation c : citations) {
            views.put(c.anchor(), new CitationView(c.anchor(), c.itemId(), app.flashpoint.core.bank.ItemType.fromYaml(c.itemType()).map(t -> t.label()).orElse(c.itemType()),
                    c.keyPointTitle(), "/decks/" + c.deckSlug() + "/items/" + c.itemId()));
        }
        List<Highlighter.Span> spans = citations.stream()
                .map(c -> new Highlighter.Span(c.start(), c.end(), c.anchor())).toList();
        return new ReaderPage(document, metadata, Highlighter.highlight(document.text(), spans), views);
    }
}
