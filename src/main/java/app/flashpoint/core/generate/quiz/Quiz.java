package app.flashpoint.core.generate.quiz;

import java.util.List;

public record Quiz(long seed, List<QuizQuestion> questions) {
    public Quiz {
        questions = List.copyOf(questions);
    }
}
