package app.flashpoint.core.generate.quiz;

import app.flashpoint.core.bank.Item;
import app.flashpoint.core.generate.cards.Card;

/** Question {@code number} (from 1); {@code displaySeed} orders its options or ordering elements. */
public record QuizQuestion(int number, Item item, Card card, long displaySeed) {
}
