package app.flashpoint.core.exchange.anki;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the JDBC side reads out of a collection file, independent of its schema: note types, notes, deck
 * descriptions by full deck name, the package's media by file name (read lazily, only for files a note
 * refers to) and its review log ({@code revlog}) when it has one, oldest first.
 */
public record AnkiCollection(List<AnkiNoteType> noteTypes, List<AnkiNote> notes,
                             Map<String, String> deckDescriptions, Media media, List<Review> reviews,
                             String reviewsLeftOut) {
    public AnkiCollection {
        noteTypes = List.copyOf(noteTypes);
        notes = List.copyOf(notes);
        deckDescriptions = Map.copyOf(deckDescriptions);
        reviews = List.copyOf(reviews);
    }

    /**
     * One revlog row, with its card's note and template ({@code ord}): {@code id} is when it was answered (epoch
     * ms), {@code ease} the button (1 Again … 4 Easy; 0 a manual reschedule), {@code type} Anki's review kind (0
     * learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled), {@code timeMs} how long the answer took.
     */
    public record Review(long id, long noteId, int ord, int ease, int type, int timeMs) {
    }

    /** The package's media files; reading one counts against the package's limits. */
    public interface Media {
        /** The file's bytes, empty when the package has none by that name; at most {@code maxBytes + 1} (more = over). */
        Optional<byte[]> read(String name, long maxBytes);
    }
}
