package app.flashpoint.classroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An instructor's class: studies one deck, joined with its code. */
@MappedEntity("classroom")
public record ClassroomRow(@Id @GeneratedValue @Nullable Long id, long instructorId, String name, String deckSlug,
                    String joinCode, long createdAt) {
}
