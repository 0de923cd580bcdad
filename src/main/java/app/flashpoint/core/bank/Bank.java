package app.flashpoint.core.bank;

import app.flashpoint.core.document.SourceDocument;

import java.util.List;
import java.util.Map;

/** Every deck of the question bank with the documents they quote, keyed by file name. */
public record Bank(List<Deck> decks, Map<String, SourceDocument> documents) {
    public Bank {
        decks = List.copyOf(decks);
        documents = Map.copyOf(documents);
    }
}
