package app.flashpoint.scheduling;

import app.flashpoint.core.fsrs.Review;
import app.flashpoint.core.fsrs.ReviewOutcome;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The card after each review of the request, in the same order. */
@Serdeable
record ScheduleResponse(List<Step> steps) {

    /** Times are ISO-8601 strings, written here rather than left to the serializer's date settings. */
    @Serdeable
    record Step(int rating, String time, String state, double stability, double difficulty, String due,
                int scheduledDays) {

        static Step of(Review review, ReviewOutcome outcome) {
            var card = outcome.card();
            return new Step(review.rating().grade(), review.time().toString(), card.state().name(),
                    card.stability(), card.difficulty(), card.due().toString(), outcome.scheduledDays());
        }
    }
}
