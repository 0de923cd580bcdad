package app.flashpoint.core.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The evaluation of docs/ready-by.md: simulated learners whose memory behaves as FSRS predicts (default weights),
 * each with a deck studied daily under plain FSRS for up to four months, then a goal some days ahead. Each policy
 * runs from the same learners and the same random draws: plain FSRS as it was (retention 0.9), plain FSRS with its
 * retention raised to the target for the run-up, and ready-by (plain FSRS plus the added reviews of
 * {@link ReadyBy#plan}). Printed by {@code ReadyByTable}; checked by {@code ReadyBySimulationTest}.
 */
public final class ReadyBySimulation {
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final double[] RECALL_RATINGS = {0.224, 0.631, 0.145};

    public enum Policy { PLAIN, RAISED_RETENTION, READY_BY }

    /** Per policy: reviews in the run-up per card, mean recall at the goal, share of cards at or above the target. */
    public record Outcome(Policy policy, double reviewsPerCard, double meanRecall, double shareAtTarget) {
    }

    private ReadyBySimulation() {
    }

    public static List<Outcome> run(int learners, int cards, int daysToGoal, double target, long seed) {
        var out = new ArrayList<Outcome>();
        for (Policy policy : Policy.values()) {
            long reviews = 0;
            double recall = 0;
            long atTarget = 0;
            for (int l = 0; l < learners; l++) {
                var random = new SplittableRandom(seed + l);
                List<CardState> deck = history(cards, random.split());
                Instant now = START.plus(Duration.ofDays(120));
                Instant goal = now.plus(Duration.ofDays(daysToGoal)).minus(Duration.ofHours(1));
                var runUp = runUp(deck, now, goal, policy, target, random.split());
                reviews += runUp.reviews;
                for (CardState card : runUp.cards) {
                    double r = ReadyBy.recallAt(PLAIN_09, card, goal);
                    recall += r;
                    atTarget += r >= target ? 1 : 0;
                }
            }
            int total = learners * cards;
            out.add(new Outcome(policy, (double) reviews / total, recall / total, (double) atTarget / total));
        }
        return out;
    }

    private static final Scheduler PLAIN_09 = new Scheduler(SchedulerSettings.defaults());

    /** Cards learned on random days of the first 120, each studied daily when due; what they are at day 120. */
    private static List<CardState> history(int cards, SplittableRandom random) {
        var learnedOn = new int[cards];
        for (int i = 0; i < cards; i++) {
            learnedOn[i] = random.nextInt(120);
        }
        var deck = new ArrayList<CardState>();
        for (int i = 0; i < cards; i++) {
            deck.add(CardState.newCard(START.plus(Duration.ofDays(learnedOn[i]))));
        }
        var studied = new ArrayList<CardState>();
        for (int i = 0; i < cards; i++) {
            CardState card = deck.get(i);
            Instant day = START.plus(Duration.ofDays(learnedOn[i]));
            Instant end = START.plus(Duration.ofDays(120));
            card = answer(PLAIN_09, card, day, random, i);
            while (card.due().isBefore(end)) {
                card = answer(PLAIN_09, card, later(card.due(), card.lastReview()), random, i);
            }
            studied.add(card);
        }
        return studied;
    }

    private record RunUp(List<CardState> cards, long reviews) {
    }

    /** The days from now to the goal, studied each morning under {@code policy}. */
    private static RunUp runUp(List<CardState> deck, Instant now, Instant goal, Policy policy, double target,
                               SplittableRandom random) {
        Scheduler scheduler = policy == Policy.RAISED_RETENTION
                ? new Scheduler(SchedulerSettings.defaults().withDesiredRetention(target)) : PLAIN_09;
        var cards = new ArrayList<>(deck);
        long reviews = 0;
        for (Instant day = now; day.isBefore(goal); day = day.plus(Duration.ofDays(1))) {
            Instant endOfDay = day.plus(Duration.ofHours(14));
            for (int i = 0; i < cards.size(); i++) {
                CardState card = cards.get(i);
                boolean due = !card.due().isAfter(endOfDay);
                boolean planned = policy == Policy.READY_BY && ReadyBy.plan(scheduler, card, day,
                        new ReadyBy.Goal(goal, target), i).reviewBy(endOfDay);
                if (!due && !planned) {
                    continue;
                }
                Instant at = later(day, card.lastReview());
                do {
                    card = answer(scheduler, card, at, random, i);
                    reviews++;
                    at = later(card.due(), at);
                } while (card.state() != State.REVIEW && at.isBefore(endOfDay) && at.isBefore(goal));
                cards.set(i, card);
            }
        }
        return new RunUp(cards, reviews);
    }

    /** One answer by a learner whose recall follows the forgetting curve: recalled with probability R. */
    private static CardState answer(Scheduler scheduler, CardState card, Instant at, SplittableRandom random, long seed) {
        double r = card.state() == State.NEW ? 0 : ReadyBy.recallAt(scheduler, card, at);
        Rating rating;
        if (card.state() == State.NEW) {
            rating = random.nextDouble() < 0.7 ? Rating.GOOD : Rating.AGAIN;
        } else if (random.nextDouble() < r) {
            double u = random.nextDouble();
            rating = u < RECALL_RATINGS[0] ? Rating.HARD : u < RECALL_RATINGS[0] + RECALL_RATINGS[1] ? Rating.GOOD
                    : Rating.EASY;
        } else {
            rating = Rating.AGAIN;
        }
        return scheduler.review(card, rating, at, seed).card();
    }

    private static Instant later(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
