package app.flashpoint.core.exchange.anki;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the JDBC side reads out of a collection file, independent of its schema: note types, notes, deck
 * descriptions by full deck name, and the package's media by file name (read lazily, only for files a note
 * refers to).
 */
public record AnkiCollection(List<AnkiNoteType> noteTypes, List<AnkiNote> notes,
                             Map<String, String> deckDescriptions, Media media) {
    public AnkiCollection {
        noteTypes = List.copyOf(noteTypes);
        notes = List.copyOf(notes);
        deckDescriptions = Map.copyOf(deckDescriptions);
    }

    /** The package's media files; reading one counts against the package's limits. */
    public interface Media {
        /** The file's bytes, empty when the package has none by that name; at most {@code maxBytes + 1} (more = over). */
        Optional<byte[]> read(String name, long maxBytes);
    }
}
