package app.flashpoint.study;

import app.flashpoint.core.fsrs.Preview;
import app.flashpoint.core.fsrs.Rating;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.List;

/**
 * One of the four rating buttons, with the interval {@code Scheduler.preview} gives it. Public for the
 * templates; JSON in the study API.
 */
@Serdeable
public record RatingButton(int grade, String label, String interval, boolean suggested) {

    static List<RatingButton> of(Preview preview, int suggested) {
        return Arrays.stream(Rating.values()).map(r -> new RatingButton(r.grade(), label(r),
                Intervals.label(preview.get(r).interval()), r.grade() == suggested)).toList();
    }

    private static String label(Rating rating) {
        return switch (rating) {
            case AGAIN -> "Again";
            case HARD -> "Hard";
            case GOOD -> "Good";
            case EASY -> "Easy";
        };
    }
}
