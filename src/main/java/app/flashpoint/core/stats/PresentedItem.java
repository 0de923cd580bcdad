package app.flashpoint.core.stats;

/**
 * An item's statistics over the attempts it was presented in.
 *
 * @param attempts   how many attempts presented the item (the s its statistics are computed over)
 * @param statistics the item's statistics; each is {@code null} ("not enough data") when attempts ≤ 1
 */
public record PresentedItem(int attempts, ItemStatistics statistics) {
}
