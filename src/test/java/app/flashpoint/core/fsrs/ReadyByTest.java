package app.flashpoint.core.fsrs;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyByTest {
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final Scheduler FSRS = new Scheduler(SchedulerSettings.defaults().withFuzz(false));

    /** A card learned at START with Good, then answered Good at each due date {@code reviews} times. */
    private static CardState studied(int reviews) {
        CardState card = FSRS.review(CardState.newCard(START), Rating.GOOD, START, 1).card();
        while (card.state() != State.REVIEW) {
            card = FSRS.review(card, Rating.GOOD, card.due(), 1).card();
        }
        for (int i = 0; i < reviews; i++) {
            card = FSRS.review(card, Rating.GOOD, card.due(), 1).card();
        }
        return card;
    }

    @Test
    void aCardWhoseOwnScheduleGetsThereGetsNothingExtra() {
        CardState card = studied(3);
        Instant now = card.lastReview().plus(Duration.ofHours(1));
        // one day after its last review a mature card is far above 0.8
        var plan = ReadyBy.plan(FSRS, card, now, new ReadyBy.Goal(now.plus(Duration.ofDays(1)), 0.8), 1);

        assertThat(plan.extraReviews()).isEmpty();
        assertThat(plan.reachesTarget()).isTrue();
        assertThat(plan.recall()).isEqualTo(plan.plainRecall()).isGreaterThan(0.8);
        assertThat(plan.reviews()).isZero();
    }

    @Test
    void aCardThatWouldFallShortGetsOneReviewBeforeTheGoalAndReachesTheTarget() {
        CardState card = studied(2);
        Instant now = card.lastReview().plus(Duration.ofDays(1));
        // the goal falls just before the card's own due date: recall there is about the desired 0.9, short of 0.97
        Instant at = card.due().minus(Duration.ofHours(2));
        var goal = new ReadyBy.Goal(at, 0.97);
        var plan = ReadyBy.plan(FSRS, card, now, goal, 1);

        assertThat(plan.plainRecall()).isLessThan(0.97);
        assertThat(plan.plainReviews()).isZero();
        assertThat(plan.reachesTarget()).isTrue();
        assertThat(plan.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(plan.extraReviews()).hasSize(1);
        assertThat(plan.reviews()).isEqualTo(1);
        assertThat(plan.extraReviews().get(0)).isAfterOrEqualTo(now).isBefore(at);
        // the earliest day that is enough: the day before it would not do
        Instant chosen = plan.extraReviews().get(0);
        if (chosen.isAfter(now)) {
            var dayBefore = ReadyBy.follow(FSRS, card, now, at, java.util.List.of(chosen.minus(Duration.ofDays(1))), 1);
            assertThat(dayBefore.recall()).isLessThan(0.97);
        }
        // and the plan is what it is for the same card, time and goal
        assertThat(ReadyBy.plan(FSRS, card, now, goal, 1)).isEqualTo(plan);
    }

    @Test
    void aNewCardIsLearnedInTime() {
        CardState card = CardState.newCard(START);
        var plan = ReadyBy.plan(FSRS, card, START, new ReadyBy.Goal(START.plus(Duration.ofDays(7)), 0.9), 1);

        assertThat(plan.plainRecall()).isZero();
        assertThat(plan.reachesTarget()).isTrue();
        assertThat(plan.extraReviews()).isNotEmpty();
        assertThat(plan.reviews()).isGreaterThanOrEqualTo(plan.extraReviews().size());
    }

    @Test
    void anUnreachableTargetIsReportedWithTheBestThereIs() {
        CardState card = FSRS.review(CardState.newCard(START), Rating.AGAIN, START, 1).card();
        // failed at its first sight just now: 0.99 tomorrow is out of reach of what can be done today
        var plan = ReadyBy.plan(FSRS, card, START.plus(Duration.ofMinutes(1)),
                new ReadyBy.Goal(START.plus(Duration.ofDays(1)), 0.99), 1);

        assertThat(plan.reachesTarget()).isFalse();
        assertThat(plan.recall()).isGreaterThanOrEqualTo(plan.plainRecall());
    }

    @Test
    void aGoalInThePastPlansNothing() {
        CardState card = studied(1);
        var plan = ReadyBy.plan(FSRS, card, card.due(), new ReadyBy.Goal(card.due().minusSeconds(1), 0.9), 1);
        assertThat(plan.extraReviews()).isEmpty();
        assertThat(plan.reviewBy(card.due())).isFalse();
    }
}
