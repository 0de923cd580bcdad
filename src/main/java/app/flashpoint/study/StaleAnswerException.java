package app.flashpoint.study;

/** The card changed since the form was shown (another tab answered it): roll back and show the next card. */
class StaleAnswerException extends RuntimeException {
    StaleAnswerException() {
        super("the card was answered in the meantime", null, false, false);
    }
}
