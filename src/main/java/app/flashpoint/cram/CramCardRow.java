package app.flashpoint.cram;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A card in a cram session's loop: the lowest {@code position} not yet done comes next; a wrong answer
 * gives the card a position after every other, a right one sets {@code doneAt}.
 */
@MappedEntity("cram_card")
record CramCardRow(@Id @GeneratedValue @Nullable Long id, long cramSessionId, String itemId, String cardId,
                   int position, int attempts, int wrong, @Nullable Long doneAt) {

    boolean done() {
        return doneAt != null;
    }
}
