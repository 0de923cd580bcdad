package app.flashpoint.core.fsrs;

import java.time.Duration;

/**
 * The card after a review, the interval until it is due, and that interval in whole days
 * (0 while the card is on a sub-day learning step).
 */
public record ReviewOutcome(CardState card, Duration interval, int scheduledDays) {
}
