package app.flashpoint.core.generate.cards;

/** How a card is shown and answered; several item types can share a kind. */
public enum CardKind {
    FRONT_BACK, CLOZE, MULTIPLE_CHOICE, TRUE_FALSE, TYPE_IN, ORDERING, MATCHING
}
