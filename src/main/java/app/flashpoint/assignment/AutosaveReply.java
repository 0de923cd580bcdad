package app.flashpoint.assignment;

import app.flashpoint.quiz.Feedback;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The answer to the page script's autosave: {@code state} saved, cleared, locked (immediate feedback, already
 * answered) or submitted (the attempt is over: reload); {@code feedback} only where the assignment gives it.
 */
@Serdeable
record AutosaveReply(int number, String state, String message, @Nullable Shown feedback) {

    @Serdeable
    record Shown(String verdict, String tone, boolean right, String yourAnswer, String correctAnswer,
                 @Nullable String whyWrong, String explanation, List<Source> passages) {
        static Shown of(Feedback f) {
            return new Shown(f.verdict(), f.tone(), f.right(), f.yourAnswer(), f.correctAnswer(), f.whyWrong(),
                    f.explanation(), f.passages().stream().map(p -> new Source(p.quote(), p.href())).toList());
        }
    }

    @Serdeable
    record Source(String quote, String href) {
    }
}
