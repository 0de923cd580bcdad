package app.flashpoint.deck;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

/**
 * A stored deck; {@code documents} is a JSON list of document names. {@code ownerId} is set for a deck
 * created in the browser (only its owner and admins edit it), null for a bank deck. {@code contentHash} is
 * the hash of the bank's deck.yml last loaded: browser edits leave it alone, so an unchanged deck.yml
 * keeps them and a changed one wins. {@code visibility} says who may study a browser deck (see
 * {@link DeckVisibility}); bank decks are public.
 */
@MappedEntity("deck")
public record DeckRow(@Id String slug, String title, String description, String documents, String contentHash,
                      @Nullable Long ownerId,
                      @TypeDef(type = DataType.STRING, converter = DeckVisibility.Converter.class)
                      DeckVisibility visibility) {
    /** The content hash of a deck no bank file has ever described. */
    public static final String BROWSER = "browser";

    public boolean isPublic() {
        return visibility == DeckVisibility.PUBLIC;
    }
}
