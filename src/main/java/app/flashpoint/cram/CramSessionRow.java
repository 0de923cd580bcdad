package app.flashpoint.cram;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.Arrays;
import java.util.List;

/**
 * One cram session of one learner. {@code keyPoints} holds the chosen key point ids, space-separated, so
 * "Cram again" can draw the same scope from the deck as it is then.
 */
@MappedEntity("cram_session")
record CramSessionRow(@Id @GeneratedValue @Nullable Long id, long accountId, String deckSlug, String keyPoints,
                      long startedAt, @Nullable Long finishedAt) {

    public boolean finished() {
        return finishedAt != null;
    }

    List<String> keyPointIds() {
        return keyPoints.isBlank() ? List.of() : Arrays.asList(keyPoints.split(" "));
    }
}
