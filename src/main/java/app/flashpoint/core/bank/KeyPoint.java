package app.flashpoint.core.bank;

/** One idea of a document that items test; {@code importance} runs from 1 (detail) to 5 (central). */
public record KeyPoint(String id, String title, String summary, String family, int importance) {
}
