package app.flashpoint.core.generate.quiz;

/** The blueprint asks for more questions than the matching items can supply; the message says what is short. */
public class QuizShortageException extends IllegalArgumentException {
    public QuizShortageException(String message) {
        super(message);
    }
}
