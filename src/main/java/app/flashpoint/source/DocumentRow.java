package app.flashpoint.source;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A stored source document; {@code metadata} is a JSON object (title, interviewer, date…). */
@MappedEntity("document")
public record DocumentRow(@Id String name, String title, String metadata, String text, String contentHash) {
}
