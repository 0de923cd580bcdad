package app.flashpoint.deck;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record DeckSummary(String slug, String title, String description, long keyPointCount, long itemCount,
                          String visibility) {
}
