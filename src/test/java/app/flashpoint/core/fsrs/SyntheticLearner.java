package app.flashpoint.core.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Simulates a learner whose memory follows FSRS with known weights: cards are reviewed when the
 * scheduler says (plus a little jitter), recall is drawn from the true retrievability, and the
 * grade given a recall is drawn from fixed proportions.
 */
final class SyntheticLearner {

    private SyntheticLearner() {
    }

    static List<ReviewRecord> simulate(Parameters truth, int cards, int reviewsPerCard, long seed) {
        Random random = new Random(seed);
        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults().withParameters(truth).withFuzz(true));
        MemoryModel model = new MemoryModel(truth);
        Instant start = Instant.parse("2024-01-01T08:00:00Z");
        List<ReviewRecord> log = new ArrayList<>();
        for (int c = 0; c < cards; c++) {
            Instant now = start.plus(Duration.ofHours(random.nextInt(24 * 60)));
            CardState card = CardState.newCard(now);
            for (int r = 0; r < reviewsPerCard; r++) {
                Rating rating;
                if (card.state() == State.NEW) {
                    rating = Rating.ofGrade(1 + random.nextInt(4));
                } else {
                    double p = model.retrievability(Scheduler.elapsedDays(card.lastReview(), now), card.stability());
                    if (random.nextDouble() >= p) {
                        rating = Rating.AGAIN;
                    } else {
                        double u = random.nextDouble();
                        rating = u < 0.15 ? Rating.HARD : u < 0.9 ? Rating.GOOD : Rating.EASY;
                    }
                }
                log.add(new ReviewRecord(c, rating, now));
                card = scheduler.review(card, rating, now, c).card();
                // Reviews drift from the due date, as real ones do.
                long jitterMinutes = (long) (random.nextGaussian() * 60 * 24 * 0.3 * Math.max(1,
                        Duration.between(now, card.due()).toDays() / 10.0));
                Instant next = card.due().plus(Duration.ofMinutes(Math.abs(jitterMinutes)));
                now = next;
            }
        }
        return log;
    }
}
