package app.flashpoint.authoring;

import io.micronaut.serde.annotation.Serdeable;

/** One source span of a draft as stored in its JSON column. */
@Serdeable
record DraftSource(String document, String quote, int start, int end) {
}
