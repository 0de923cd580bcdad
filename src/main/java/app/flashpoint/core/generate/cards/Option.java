package app.flashpoint.core.generate.cards;

/** A multiple-choice option; {@code why} explains a distractor after a miss and is empty for the key. */
public record Option(String text, boolean correct, String why) {
}
