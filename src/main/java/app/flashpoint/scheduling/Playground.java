package app.flashpoint.scheduling;

import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.Review;
import app.flashpoint.core.fsrs.ReviewOutcome;
import app.flashpoint.core.fsrs.Scheduler;

import java.util.ArrayList;
import java.util.List;

/** Runs one imaginary card through the scheduler, new at its first review. */
final class Playground {
    /**
     * The fuzz seed of the playground's card. Fixed so that the same request always gets the same
     * due dates, fuzz on or off: the answer equals what a card with id 0 would get in the app.
     */
    static final long CARD_SEED = 0;

    private Playground() {
    }

    static ScheduleResponse run(ScheduleRequest request) {
        Scheduler scheduler = new Scheduler(request.settings());
        CardState card = CardState.newCard(request.reviews().get(0).time());
        List<ScheduleResponse.Step> steps = new ArrayList<>(request.reviews().size());
        for (Review review : request.reviews()) {
            ReviewOutcome outcome = scheduler.review(card, review.rating(), review.time(), CARD_SEED);
            steps.add(ScheduleResponse.Step.of(review, outcome));
            card = outcome.card();
        }
        return new ScheduleResponse(steps);
    }
}
