package app.flashpoint.history;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A learner-deck's study version (see {@link StudyCache}); read and raised through {@link StudyStampRepository}'s queries. */
@MappedEntity("study_stamp")
public record StudyStampRow(@Id long accountId, String deckSlug, long version) {
}
