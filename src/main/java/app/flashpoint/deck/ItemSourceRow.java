package app.flashpoint.deck;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One verbatim quote of an item, at {@code [startOffset, endOffset)} of the document's text. */
@MappedEntity("item_source")
public record ItemSourceRow(@Id @GeneratedValue @Nullable Long id, String itemId, String document, String quote,
                     int startOffset, int endOffset, int position) {
}
