package app.flashpoint.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vectors from py-fsrs {@code tests/test_basic.py} (FSRS-6 defaults), as listed in docs FSRS.md. */
class FsrsReferenceVectorsTest {

    private static final Instant T0 = Instant.parse("2022-11-29T12:30:00Z");
    private static final Scheduler NO_FUZZ = new Scheduler(SchedulerSettings.defaults().withFuzz(false));

    @Test
    void intervalsWhenEachReviewHappensWhenDue() {
        Rating G = Rating.GOOD;
        Rating A = Rating.AGAIN;
        List<Rating> ratings = List.of(G, G, G, G, G, G, A, A, G, G, G, G, G);
        CardState card = CardState.newCard(T0);
        Instant now = T0;
        List<Long> intervals = new ArrayList<>();
        for (Rating rating : ratings) {
            card = NO_FUZZ.review(card, rating, now, 1L).card();
            intervals.add(Duration.between(card.lastReview(), card.due()).toDays());
            now = card.due();
        }
        assertThat(intervals).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    @Test
    void memoryStateAfterAgainThenFiveGoods() {
        List<Rating> ratings = List.of(Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        int[] gaps = {0, 0, 1, 3, 8, 21};
        CardState card = CardState.newCard(T0);
        Instant now = T0;
        for (int i = 0; i < ratings.size(); i++) {
            now = now.plus(Duration.ofDays(gaps[i]));
            card = NO_FUZZ.review(card, ratings.get(i), now, 1L).card();
        }
        assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void tenEasyAnswersDriveDifficultyToTheFloor() {
        CardState card = CardState.newCard(T0);
        for (int i = 0; i < 10; i++) {
            card = NO_FUZZ.review(card, Rating.EASY, T0.plusNanos(1000L * i), 1L).card();
        }
        assertThat(card.difficulty()).isEqualTo(1.0);
    }

    @Test
    void newCardLearningSteps() {
        CardState card = CardState.newCard(T0);
        assertThat(NO_FUZZ.review(card, Rating.GOOD, T0, 1L).interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(NO_FUZZ.review(card, Rating.AGAIN, T0, 1L).interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(NO_FUZZ.review(card, Rating.HARD, T0, 1L).interval()).isEqualTo(Duration.ofSeconds(330));
        ReviewOutcome easy = NO_FUZZ.review(card, Rating.EASY, T0, 1L);
        assertThat(easy.card().state()).isEqualTo(State.REVIEW);
        assertThat(easy.scheduledDays()).isGreaterThanOrEqualTo(1);
    }

    /** FSRS.md: a same-day Hard follows fsrs-rs and never lowers stability (py-fsrs would). */
    @Test
    void sameDayHardKeepsStability() {
        CardState card = NO_FUZZ.review(CardState.newCard(T0), Rating.EASY, T0, 1L).card();
        CardState hard = NO_FUZZ.review(card, Rating.HARD, T0.plusSeconds(600), 1L).card();
        assertThat(hard.stability()).isEqualTo(card.stability());
        CardState again = NO_FUZZ.review(card, Rating.AGAIN, T0.plusSeconds(600), 1L).card();
        assertThat(again.stability()).isLessThan(card.stability());
    }
}
