package app.flashpoint.support;

import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.Parameters;
import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.core.fsrs.ReviewRecord;
import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.core.fsrs.SchedulerSettings;
import app.flashpoint.core.fsrs.State;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded learner whose memory follows FSRS with known weights, built on the scheduler's public API
 * only, for tests of the web layer (core's own SyntheticLearner is package-private there). Cards are
 * reviewed a little after they fall due; recall is drawn from the true retrievability.
 */
public final class SimulatedLearner {
    public static final String HEADER = "card_id,review_rating,review_time,review_duration";

    private SimulatedLearner() {
    }

    public static List<ReviewRecord> simulate(Parameters truth, int cards, int reviewsPerCard, long seed) {
        Random random = new Random(seed);
        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults().withParameters(truth));
        Instant start = Instant.parse("2024-01-01T08:00:00Z");
        List<ReviewRecord> log = new ArrayList<>();
        for (int c = 0; c < cards; c++) {
            Instant now = start.plus(Duration.ofHours(random.nextInt(24 * 60)));
            CardState card = CardState.newCard(now);
            for (int r = 0; r < reviewsPerCard; r++) {
                Rating rating;
                if (card.state() == State.NEW) {
                    rating = Rating.ofGrade(1 + random.nextInt(4));
                } else if (random.nextDouble() >= scheduler.retrievability(card, now)) {
                    rating = Rating.AGAIN;
                } else {
                    double u = random.nextDouble();
                    rating = u < 0.15 ? Rating.HARD : u < 0.9 ? Rating.GOOD : Rating.EASY;
                }
                log.add(new ReviewRecord(c, rating, now));
                card = scheduler.review(card, rating, now, c).card();
                long lateMinutes = Math.abs((long) (random.nextGaussian() * 60 * 24 * 0.3
                        * Math.max(1, Duration.between(now, card.due()).toDays() / 10.0)));
                now = card.due().plus(Duration.ofMinutes(lateMinutes));
            }
        }
        return log;
    }

    public static String csv(List<ReviewRecord> log) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (ReviewRecord r : log) {
            csv.append(r.cardId()).append(',').append(r.rating().grade()).append(',').append(r.time())
                    .append(",3000\n");
        }
        return csv.toString();
    }
}
