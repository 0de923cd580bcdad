package app.flashpoint.deck;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A stored deck; {@code documents} is a JSON list of document names. */
@MappedEntity("deck")
record DeckRow(@Id String slug, String title, String description, String documents, String contentHash) {
}
