package app.flashpoint.selftest;

import io.micronaut.serde.annotation.Serdeable;

/** One drawn question as stored: which card of which item, and the seed that orders its options. */
@Serdeable
record Drawn(int number, String itemId, int ordinal, long displaySeed) {
}
