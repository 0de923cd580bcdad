package app.flashpoint.deck;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record KeyPointSummary(String id, String title, String summary, String family, int importance,
                              long itemCount) {
}
